using System.Diagnostics;
using System.Globalization;
using Harbour.Bench;
using Harbour.Linkage;
using Harbour.Linkage.Bench;
using Harbour.Linkage.Evaluation;

string command = args.Length > 0 ? args[0] : "accuracy";
string root = RepositoryRoot.Find();
string dataRoot = Datasets.DataRoot(root);
switch (command)
{
    case "accuracy":
        Accuracy(args.Skip(1).ToArray());
        break;
    case "generate":
        {
            int size = int.Parse(args[1], CultureInfo.InvariantCulture);
            var generated = new SafeguardingGenerator(seed: 2026).Generate(size);
            SafeguardingGenerator.WriteCsv(generated, args[2], args.Length > 3 ? args[3] : null);
            Console.WriteLine($"wrote {generated.Count:N0} records of {generated.Select(r => r.PersonId).Distinct().Count():N0} people to {args[2]}");
            break;
        }

    case "score":
        Score(args[1], args[2]);
        break;
    case "micro":
        BenchmarkDotNet.Running.BenchmarkRunner.Run<ComparisonBenchmarks>(args: args.Skip(1).ToArray());
        break;
    case "model":
        {
            BlindedSet blinded = Datasets.Blind(Named(args.Length > 1 ? args[1] : "fake_1000"));
            LinkageIndex index = LinkageIndex.Build(blinded.Records);
            var model = index.Train();
            Console.WriteLine($"prior weight {model.PriorWeight:F2}");
            foreach (var field in model.Fields)
            {
                for (int level = 1; level < field.LevelNames.Count; level++)
                {
                    Console.WriteLine($"{field.Role,-12} {field.LevelNames[level],-28} m={field.M[level]:F4} u={field.U[level]:F6} w={field.Weight(level),6:F2}");
                }
            }

            break;
        }

    case "default-model":
        {
            // The model Harbour scores concerns with until a deployment has enough people of its own to train on:
            // trained without labels on generated referrals, with only the fields a concern records.
            LabelledSet set = Generated(int.Parse(args[1], CultureInfo.InvariantCulture));
            FieldRole[] concernFields =
            [
                FieldRole.GivenName, FieldRole.FamilyName, FieldRole.DateOfBirth, FieldRole.Gender,
                FieldRole.Postcode, FieldRole.Phone, FieldRole.Address, FieldRole.Nationality,
            ];
            LinkageIndex index = LinkageIndex.Build(set.Records, roles: concernFields);
            Harbour.Linkage.Model.LinkageModelFile.Save(index.Train(), args[2]);
            LinkageResult result = index.Cluster();
            Console.WriteLine($"trained on {set.Records.Count:N0} records; pairwise F1 {Metrics.Pairwise(result.ClusterIds, set.Truth).F1:F4}; written to {args[2]}");
            break;
        }

    case "blocking":
        {
            // Candidate pairs per blocking method on generated data, with pair completeness, without linking.
            LabelledSet set = Generated(int.Parse(args[1], CultureInfo.InvariantCulture));
            var stopwatch = Stopwatch.StartNew();
            var table = new Harbour.Linkage.Data.RecordTable(Enum.GetValues<FieldRole>().Where(r => r != FieldRole.Identifier));
            table.AddRange(set.Records);
            Console.WriteLine($"normalised in {stopwatch.Elapsed.TotalSeconds:F1}s");
            stopwatch.Restart();
            var blocker = new Harbour.Linkage.Blocking.Blocker(
                Harbour.Linkage.Blocking.BlockingRule.DefaultsFor(table), Harbour.Linkage.Blocking.NeighbourhoodPass.DefaultsFor(table), new LinkageOptions().MaxBlockSize, new LinkageOptions().NeighbourhoodWindow);
            var candidates = blocker.Generate(table);
            Console.WriteLine($"blocked in {stopwatch.Elapsed.TotalSeconds:F1}s");
            long truePairs = set.Truth.GroupBy(t => t).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
            bool IsTrue(long p) => set.Truth[(int)(p >> 32)] == set.Truth[(int)(p & 0xFFFFFFFF)];

            // The union holds each method's new pairs in order, so each method's share of true pairs can be told.
            long offset = 0;
            Console.WriteLine($"{"blocking method",-55} {"new pairs",12} {"new true pairs",15} {"skipped blocks",15}");
            foreach (var count in candidates.Counts)
            {
                long newTrue = 0;
                for (long k = offset; k < offset + count.NewPairs; k++)
                {
                    newTrue += IsTrue(candidates.Pairs[k]) ? 1 : 0;
                }

                offset += count.NewPairs;
                Console.WriteLine($"{count.Rule,-55} {count.NewPairs,12:N0} {newTrue,15:N0} {count.OversizedBlocksSkipped,15:N0}");
            }

            long found = candidates.Pairs.LongCount(IsTrue);
            Console.WriteLine($"union {candidates.Pairs.Length:N0} pairs; pair completeness {(double)found / truePairs:F4}");
            break;
        }

    case "hotpath":
        {
            // Single-thread throughput of the comparison hot path over real candidate pairs, no BenchmarkDotNet.
            var bench = new ComparisonBenchmarks();
            bench.Setup();
            bench.CompareCandidatePairs();
            var stopwatch = Stopwatch.StartNew();
            long before = GC.GetAllocatedBytesForCurrentThread();
            int rounds = 5;
            for (int round = 0; round < rounds; round++)
            {
                bench.CompareCandidatePairs();
            }

            double seconds = stopwatch.Elapsed.TotalSeconds;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{bench.Pairs * rounds:N0} pairs in {seconds:F2}s on one thread: {bench.Pairs * rounds / seconds:N0} pairs/s/core; {allocated:N0} bytes allocated"));
            if (args.Contains("--fields"))
            {
                foreach ((FieldRole field, double fieldSeconds) in bench.FieldCosts())
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {field,-12} {fieldSeconds * 1e9 / bench.Pairs,6:F1} ns per pair"));
                }
            }
            break;
        }

    case "misses":
        Misses(args.Length > 1 ? args[1] : "fake_1000", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        break;
    default:
        Console.Error.WriteLine("usage: Harbour.Linkage.Bench accuracy [threshold [cohesion [own-reports-allowance [blinding-seed]]]] | generate N OUT.csv [TRUTH.csv] | score OUT.csv TRUTH.csv | misses SET [N] | micro");
        return 2;
}

return 0;

LabelledSet Named(string name) => name switch
{
    "febrl1" => Datasets.Febrl(dataRoot, "dataset1.csv"),
    "febrl2" => Datasets.Febrl(dataRoot, "dataset2.csv"),
    "febrl3" => Datasets.Febrl(dataRoot, "dataset3.csv"),
    "febrl4" => Datasets.Febrl4(dataRoot),
    "dedupe" => Datasets.DedupeOrganisations(dataRoot),
    "generated" => Generated(20_000),
    "generated100k" => Generated(100_000),
    _ => Datasets.Fake1000(dataRoot),
};

LabelledSet Generated(int size)
{
    var generated = new SafeguardingGenerator(seed: 2026).Generate(size);
    return new LabelledSet(
        $"generated safeguarding ({size:N0})",
        [.. generated.Select(r => new Harbour.Linkage.Data.PersonRecord(r.RecordId)
        {
            GivenName = r.GivenName, FamilyName = r.FamilyName, DateOfBirth = r.DateOfBirth, Gender = r.Gender,
            Nationality = r.Nationality, Phone = r.Phone, Email = r.Email, Address = r.Address, Town = r.Town, Postcode = r.Postcode,
        })],
        [.. generated.Select(r => r.PersonId)],
        null);
}

// Scores a harbour link output file against a truth file (record_id,entity) by record id.
void Score(string outputPath, string truthPath)
{
    Dictionary<string, string> Load(string path) => File.ReadLines(path).Skip(1)
        .Select(line => line.Split(',')).ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
    var predicted = Load(outputPath);
    var truth = Load(truthPath);
    string[] ids = [.. truth.Keys];
    Scores pairwise = Metrics.Pairwise([.. ids.Select(id => predicted[id])], [.. ids.Select(id => truth[id])]);
    Scores bcubed = Metrics.BCubed([.. ids.Select(id => predicted[id])], [.. ids.Select(id => truth[id])]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"records {ids.Length:N0}: pairwise P {pairwise.Precision:F4} R {pairwise.Recall:F4} F1 {pairwise.F1:F4}; B-cubed F1 {bcubed.F1:F4}"));
}

// Prints true pairs that were not linked and false links, with their explanations, to guide comparator work.
void Misses(string name, int limit)
{
    LabelledSet set = Named(name);
    BlindedSet blinded = Datasets.Blind(set);
    LinkageIndex index = LinkageIndex.Build(blinded.Records);
    index.Train();
    LinkageResult result = index.Cluster();
    var scored = new Dictionary<long, float>();
    for (int k = 0; k < result.CandidatePairs.Length; k++)
    {
        scored[result.CandidatePairs[k]] = result.Probabilities[k];
    }

    long linksTrue = 0, linksFalse = 0;
    for (int k = 0; k < result.CandidatePairs.Length; k++)
    {
        if (result.Probabilities[k] >= index.Options.MatchThreshold)
        {
            int a = Harbour.Linkage.Blocking.CandidatePairs.First(result.CandidatePairs[k]);
            int b = Harbour.Linkage.Blocking.CandidatePairs.Second(result.CandidatePairs[k]);
            _ = blinded.Truth[a] == blinded.Truth[b] ? linksTrue++ : linksFalse++;
        }
    }

    Console.WriteLine($"links above threshold: {linksTrue:N0} true, {linksFalse:N0} false; after clustering: {Metrics.Pairwise(result.ClusterIds, blinded.Truth)}");
    int shown = 0;
    int unblocked = 0;
    for (int a = 0; a < blinded.Records.Count && shown < limit; a++)
    {
        for (int b = a + 1; b < blinded.Records.Count && shown < limit; b++)
        {
            if (blinded.Truth[a] != blinded.Truth[b] || result.ClusterIds[a] == result.ClusterIds[b])
            {
                continue;
            }

            long pair = Harbour.Linkage.Blocking.CandidatePairs.Pack(a, b);
            bool blocked = scored.ContainsKey(pair);
            unblocked += blocked ? 0 : 1;
            shown++;
            var explanation = index.Explain(blinded.Records[a].Id, blinded.Records[b].Id);
            Console.WriteLine($"MISSED {(blocked ? "scored" : "NOT BLOCKED")} p={explanation.Probability:F3} w={explanation.MatchWeight:F1}");
            foreach (var field in explanation.Fields)
            {
                Console.WriteLine($"   {field.Field,-12} {field.ValueA,-28} {field.ValueB,-28} {field.Level,-24} {field.Weight,6:F2}");
            }
        }
    }

    for (int k = 0, falseShown = 0; k < result.CandidatePairs.Length && falseShown < limit; k++)
    {
        int a = Harbour.Linkage.Blocking.CandidatePairs.First(result.CandidatePairs[k]);
        int b = Harbour.Linkage.Blocking.CandidatePairs.Second(result.CandidatePairs[k]);
        if (result.Probabilities[k] >= index.Options.MatchThreshold && blinded.Truth[a] != blinded.Truth[b])
        {
            falseShown++;
            var explanation = index.Explain(blinded.Records[a].Id, blinded.Records[b].Id);
            Console.WriteLine($"FALSE LINK p={explanation.Probability:F3} clustered together: {result.ClusterIds[a] == result.ClusterIds[b]}");
            foreach (var field in explanation.Fields)
            {
                Console.WriteLine($"   {field.Field,-12} {field.ValueA,-28} {field.ValueB,-28} {field.Level,-24} {field.Weight,6:F2}");
            }
        }
    }
}

void Accuracy(string[] options)
{
    var linkage = new LinkageOptions();
    if (options.Length > 0)
    {
        linkage = linkage with { MatchThreshold = double.Parse(options[0], CultureInfo.InvariantCulture) };
    }

    if (options.Length > 1)
    {
        linkage = linkage with { ClusterCohesion = double.Parse(options[1], CultureInfo.InvariantCulture) };
    }

    if (options.Length > 2)
    {
        linkage = linkage with { OwnReportsAllowance = double.Parse(options[2], CultureInfo.InvariantCulture) };
    }

    int blindingSeed = options.Length > 3 ? int.Parse(options[3], CultureInfo.InvariantCulture) : 7;

    LabelledSet[] sets =
    [
        Datasets.Febrl(dataRoot, "dataset1.csv"),
        Datasets.Febrl(dataRoot, "dataset2.csv"),
        Datasets.Febrl(dataRoot, "dataset3.csv"),
        Datasets.Febrl4(dataRoot),
        Datasets.Fake1000(dataRoot),
        Datasets.DedupeOrganisations(dataRoot),
        Generated(20_000),
    ];
    // Peak memory is the process's peak working set so far: sets run smallest first, so it bounds each row's own peak.
    Console.WriteLine("| data set | records | candidate pairs | pair completeness | pairwise P | R | F1 | B-cubed F1 | seconds | records/s | pairs/s | peak MB |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
    foreach (LabelledSet set in sets)
    {
        BlindedSet blinded = Datasets.Blind(set, blindingSeed);
        var stopwatch = Stopwatch.StartNew();
        LinkageIndex index = LinkageIndex.Build(blinded.Records, linkage);
        index.Train();
        LinkageResult result = index.Cluster();
        double seconds = stopwatch.Elapsed.TotalSeconds;
        IReadOnlyList<int>? source = set.Source is null ? null : blinded.Source;
        Scores pairwise = Metrics.Pairwise(result.ClusterIds, blinded.Truth, source);
        Scores bcubed = Metrics.BCubed(result.ClusterIds, blinded.Truth);
        long truePairsFound = 0;
        foreach (long pair in result.CandidatePairs)
        {
            int a = (int)(pair >> 32);
            int b = (int)(pair & 0xFFFFFFFF);
            if (blinded.Truth[a] == blinded.Truth[b] && (source is null || source[a] != source[b]))
            {
                truePairsFound++;
            }
        }

        double completeness = pairwise.TruePairs == 0 ? 1 : (double)truePairsFound / pairwise.TruePairs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {set.Name} | {set.Records.Count:N0} | {result.CandidatePairs.Length:N0} | {completeness:F4} | {pairwise.Precision:F4} | {pairwise.Recall:F4} | {pairwise.F1:F4} | {bcubed.F1:F4} | {seconds:F2} | {set.Records.Count / seconds:N0} | {result.CandidatePairs.Length / seconds:N0} | {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} |"));
    }
}
