using System.Diagnostics;
using System.Globalization;
using Harbour.Linkage;
using Harbour.Linkage.Bench;
using Harbour.Linkage.Evaluation;

string command = args.Length > 0 ? args[0] : "accuracy";
string root = Datasets.FindRepositoryRoot();
string dataRoot = Datasets.DataRoot(root);
switch (command)
{
    case "accuracy":
        Accuracy(args.Skip(1).ToArray());
        break;
    case "misses":
        Misses(args.Length > 1 ? args[1] : "fake_1000", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        break;
    default:
        Console.Error.WriteLine("usage: Harbour.Linkage.Bench accuracy [threshold] | generate N OUT.csv | scale N | micro");
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
    _ => Datasets.Fake1000(dataRoot),
};

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

    LabelledSet[] sets =
    [
        Datasets.Febrl(dataRoot, "dataset1.csv"),
        Datasets.Febrl(dataRoot, "dataset2.csv"),
        Datasets.Febrl(dataRoot, "dataset3.csv"),
        Datasets.Febrl4(dataRoot),
        Datasets.Fake1000(dataRoot),
        Datasets.DedupeOrganisations(dataRoot),
    ];
    Console.WriteLine("| data set | records | candidate pairs | pair completeness | pairwise P | R | F1 | B-cubed F1 | seconds |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
    foreach (LabelledSet set in sets)
    {
        BlindedSet blinded = Datasets.Blind(set);
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
            $"| {set.Name} | {set.Records.Count:N0} | {result.CandidatePairs.Length:N0} | {completeness:F4} | {pairwise.Precision:F4} | {pairwise.Recall:F4} | {pairwise.F1:F4} | {bcubed.F1:F4} | {seconds:F2} |"));
    }
}
