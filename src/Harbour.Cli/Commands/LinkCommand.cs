using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Harbour.Linkage;
using Harbour.Linkage.Blocking;
using Harbour.Linkage.Comparison;
using Harbour.Linkage.Io;
using Harbour.Linkage.Model;
using Spectre.Console;

namespace Harbour.Cli.Commands;

/// <summary><c>harbour link INPUT.csv --out OUT.csv [--settings settings.json] [--threshold P] [--pairs PAIRS.csv]</c></summary>
internal static class LinkCommand
{
    /// <summary>Pairs below this probability are left out of --pairs: they are the bulk of candidates and carry no link.</summary>
    public const double MinimumPairProbability = 0.01;

    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "CSV file of records, with a header row." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write record_id,cluster_id for every input row.", Required = true };
        var settings = new Option<FileInfo?>("--settings") { Description = "JSON settings naming the id column and the columns of each field." };
        var threshold = new Option<double?>("--threshold") { Description = "Match probability at or above which a pair is linked (default 0.8)." };
        var pairs = new Option<FileInfo?>("--pairs") { Description = "Also write scored pairs with each field's level and weight." };
        var previous = new Option<FileInfo?>("--previous") { Description = "An earlier OUT.csv: clusters keep the ids they had there where their records still agree." };
        var command = new Command("link", "Find records that refer to the same person and give each a cluster id.")
        {
            input, output, settings, threshold, pairs, previous,
        };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(output)!,
            parse.GetValue(settings),
            parse.GetValue(threshold),
            parse.GetValue(pairs),
            Console.Error,
            parse.GetValue(previous)));
        return command;
    }

    public static int Run(FileInfo input, FileInfo output, FileInfo? settingsFile, double? threshold, FileInfo? pairsFile, TextWriter log, FileInfo? previousOutput = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(log);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(log) });
        if (threshold is <= 0 or >= 1)
        {
            console.MarkupLine("[red]error:[/] --threshold must be between 0 and 1 (exclusive).");
            return 2;
        }

        if (!input.Exists)
        {
            console.MarkupLineInterpolated($"[red]error:[/] input file not found: {input.FullName}");
            return 1;
        }

        var total = Stopwatch.StartNew();
        try
        {
            LinkageSettings settings = settingsFile is null ? new LinkageSettings() : LinkageSettings.Load(settingsFile.FullName);
            LinkageOptions options = settings.Apply(new LinkageOptions());
            if (threshold is not null)
            {
                options = options with { MatchThreshold = threshold.Value };
            }

            (LinkageIndex index, double readSeconds) = ReadAndIndex(console, input, settings, options);

            // The raw records are no longer needed once normalised; release them before the pair arrays are made.
            GC.Collect();
            Stage(console, "blocking, comparing and training", "");
            index.Train();
            Stage(console, "scoring and clustering", "");
            LinkageResult result = index.Cluster(previousOutput is null ? null : ReadPreviousClusters(previousOutput));

            var stopwatch = Stopwatch.StartNew();
            WriteClusters(output.FullName, result);
            if (pairsFile is not null)
            {
                WritePairs(pairsFile.FullName, index, result);
            }

            double writeSeconds = stopwatch.Elapsed.TotalSeconds;
            Summarise(console, result.Report, readSeconds, writeSeconds, total.Elapsed.TotalSeconds);
            return 0;
        }
        catch (LinkageInputException exception)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return 1;
        }
    }

    private static (LinkageIndex Index, double ReadSeconds) ReadAndIndex(IAnsiConsole console, FileInfo input, LinkageSettings settings, LinkageOptions options)
    {
        Stage(console, "reading", input.Name);
        var stopwatch = Stopwatch.StartNew();
        CsvInput csv = CsvRecordReader.Read(input.FullName, settings.ToMapping);
        double readSeconds = stopwatch.Elapsed.TotalSeconds;
        console.MarkupLineInterpolated($"  {csv.Records.Count:N0} records; fields: {string.Join(", ", csv.Mapping.Fields.Select(f => $"{f.Key} ← {string.Join('+', f.Value)}"))}");
        Stage(console, "normalising", "");
        return (LinkageIndex.Build(csv.Records, options, csv.Mapping.Fields.Keys), readSeconds);
    }

    /// <summary>Reads an earlier output file (record_id,cluster_id) so that cluster ids carry over.</summary>
    private static Dictionary<string, string> ReadPreviousClusters(FileInfo file)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new StreamReader(file.FullName);
        using var csv = Sylvan.Data.Csv.CsvDataReader.Create(reader);
        if (csv.FieldCount < 2 || csv.GetName(0) != "record_id" || csv.GetName(1) != "cluster_id")
        {
            throw new LinkageInputException($"{file.FullName}: line 1: expected the header record_id,cluster_id of a harbour link output.");
        }

        while (csv.Read())
        {
            previous[csv.GetString(0)] = csv.GetString(1);
        }

        return previous;
    }

    private static void Stage(IAnsiConsole console, string stage, string detail) =>
        console.MarkupLineInterpolated($"[grey]{TimeProvider.System.GetUtcNow():HH:mm:ss}[/] {stage} {detail}");

    private static void WriteClusters(string path, LinkageResult result)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        writer.WriteLine("record_id,cluster_id");
        for (int i = 0; i < result.RecordIds.Count; i++)
        {
            writer.Write(Quote(result.RecordIds[i]));
            writer.Write(',');
            writer.WriteLine(Quote(result.ClusterIds[i]));
        }
    }

    private static void WritePairs(string path, LinkageIndex index, LinkageResult result)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        FieldRole[] fields = index.Comparer.Fields;
        var header = new StringBuilder("record_id_a,record_id_b,match_probability,match_weight");
        foreach (FieldRole field in fields)
        {
            header.Append(CultureInfo.InvariantCulture, $",{field}_level,{field}_weight");
        }

        writer.WriteLine(header.ToString());
        Scorer scorer = index.Scorer!;
        for (int k = 0; k < result.CandidatePairs.Length; k++)
        {
            if (result.Probabilities[k] < MinimumPairProbability)
            {
                continue;
            }

            int a = CandidatePairs.First(result.CandidatePairs[k]);
            int b = CandidatePairs.Second(result.CandidatePairs[k]);
            PairExplanation explanation = scorer.Explain(a, b);
            var line = new StringBuilder();
            line.Append(Quote(explanation.RecordA)).Append(',').Append(Quote(explanation.RecordB));
            line.Append(CultureInfo.InvariantCulture, $",{explanation.Probability:0.######},{explanation.MatchWeight:0.###}");
            foreach (FieldContribution field in explanation.Fields)
            {
                line.Append(',').Append(Quote(field.Level)).Append(CultureInfo.InvariantCulture, $",{field.Weight:0.###}");
            }

            writer.WriteLine(line.ToString());
        }
    }

    private static void Summarise(IAnsiConsole console, LinkageReport report, double readSeconds, double writeSeconds, double totalSeconds)
    {
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("records", report.Records.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("candidate pairs", report.CandidatePairs.ToString("N0", CultureInfo.InvariantCulture));
        foreach (BlockingRuleCount count in report.BlockingCounts)
        {
            table.AddRow(Markup.Escape($"  by {count.Rule}"), count.NewPairs.ToString("N0", CultureInfo.InvariantCulture));
        }

        table.AddRow("links at or above threshold", report.LinksAboveThreshold.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("clusters", report.Clusters.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("read seconds", readSeconds.ToString("F2", CultureInfo.InvariantCulture));
        foreach ((string stage, double seconds) in report.StageSeconds)
        {
            table.AddRow($"{stage} seconds", seconds.ToString("F2", CultureInfo.InvariantCulture));
        }

        table.AddRow("write seconds", writeSeconds.ToString("F2", CultureInfo.InvariantCulture));
        table.AddRow("total seconds", totalSeconds.ToString("F2", CultureInfo.InvariantCulture));
        table.AddRow("records per second", (report.Records / Math.Max(totalSeconds, 1e-9)).ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("compared pairs/s/core", report.ComparedPairsPerSecondPerCore.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("peak memory (MB)", (Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture));
        console.Write(table);
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
