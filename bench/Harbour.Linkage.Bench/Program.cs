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
    default:
        Console.Error.WriteLine("usage: Harbour.Linkage.Bench accuracy [threshold] | generate N OUT.csv | scale N | micro");
        return 2;
}

return 0;

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
