using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Harbour.Cli.Commands;
using Harbour.Linkage.Evaluation;
using Harbour.Linkage.Io;

namespace Harbour.Cli.Tests;

public sealed partial class LinkCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("harbour-link-");

    public void Dispose() => _work.Delete(recursive: true);

    private static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Harbour.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Harbour.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"fake_1000 \(blinded, harbour link defaults\): pairwise F1 = (\d\.\d+)")]
    private static partial Regex RecordedFake1000F1();

    [Fact]
    public void Link_BlindedFake1000_ReachesRecordedF1()
    {
        string root = RepositoryRoot();
        string source = Path.Combine(root, "..", "shared", "data", "linkage", "splink", "fake_1000.csv");
        CsvInput original = CsvRecordReader.Read(source);
        string[] truth = [.. File.ReadAllLines(source).Skip(1).Select(line => line[(line.LastIndexOf(',') + 1)..])];
        BlindedSet blinded = Blinding.Blind(original.Records, truth, seed: 11);

        // The blinded file has opaque ids, shuffled rows and no cluster column.
        string input = Path.Combine(_work.FullName, "blinded.csv");
        var csv = new StringBuilder("unique_id,first_name,surname,dob,city,email\n");
        foreach (var record in blinded.Records)
        {
            csv.AppendLine(string.Join(',', record.Id, record.GivenName, record.FamilyName, record.DateOfBirth, record.Town, record.Email));
        }

        File.WriteAllText(input, csv.ToString());
        var output = new FileInfo(Path.Combine(_work.FullName, "out.csv"));
        var log = new StringWriter();

        int exitCode = LinkCommand.Run(new FileInfo(input), output, null, null, null, log);

        Assert.Equal(0, exitCode);
        string[] lines = File.ReadAllLines(output.FullName);
        Assert.Equal("record_id,cluster_id", lines[0]);
        Assert.Equal(blinded.Records.Count, lines.Length - 1);
        var clusterById = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        string[] predicted = [.. blinded.Records.Select(r => clusterById[r.Id])];
        double f1 = Metrics.Pairwise(predicted, blinded.Truth).F1;

        string performance = File.ReadAllText(Path.Combine(root, "docs", "PERFORMANCE.md"));
        double recorded = double.Parse(RecordedFake1000F1().Match(performance).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(f1 >= recorded - 0.01, $"pairwise F1 {f1:F4} fell below the recorded {recorded:F4} minus 0.01");
        Assert.Contains("candidate pairs", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Link_WithSettingsAndPairs_WritesEveryRowAndScoredPairs()
    {
        string input = Path.Combine(_work.FullName, "people.csv");
        File.WriteAllText(input,
            "Ref,Forename,Surname,Born,Post code\r\n" +
            "a1,Mohammed,Ali,1990-02-03,SO14 3AB\r\n" +
            "a2,Mohamed,Ali,03/02/1990,so143ab\r\n" +
            "a3,Agnieszka,Nowak,1985-07-21,PO1 2AA\r\n" +
            "a4,\"Minh\",\"Tran\",2001-12-01,\r\n");
        string settings = Path.Combine(_work.FullName, "settings.json");
        File.WriteAllText(settings, """
            { "id": "Ref", "fields": { "GivenName": ["Forename"], "FamilyName": ["Surname"], "DateOfBirth": ["Born"], "Postcode": ["Post code"] }, "threshold": 0.5 }
            """);
        var output = new FileInfo(Path.Combine(_work.FullName, "out.csv"));
        var pairs = new FileInfo(Path.Combine(_work.FullName, "pairs.csv"));

        int exitCode = LinkCommand.Run(new FileInfo(input), output, new FileInfo(settings), null, pairs, new StringWriter());

        Assert.Equal(0, exitCode);
        string[] rows = File.ReadAllLines(output.FullName);
        Assert.Equal(5, rows.Length);
        var cluster = rows.Skip(1).Select(r => r.Split(',')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(cluster["a1"], cluster["a2"]);
        Assert.NotEqual(cluster["a1"], cluster["a3"]);
        string[] pairLines = File.ReadAllLines(pairs.FullName);
        Assert.StartsWith("record_id_a,record_id_b,match_probability,match_weight,GivenName_level,GivenName_weight", pairLines[0], StringComparison.Ordinal);
        Assert.Contains(pairLines, l => l.Contains("a1", StringComparison.Ordinal) && l.Contains("a2", StringComparison.Ordinal) && l.Contains("nickname or variant", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_MalformedFile_FailsWithLineNumber()
    {
        string input = Path.Combine(_work.FullName, "bad.csv");
        File.WriteAllText(input, "id,first_name,surname\n1,Ana,Pop\n2,Ion\n");
        var log = new StringWriter();

        int exitCode = LinkCommand.Run(new FileInfo(input), new FileInfo(Path.Combine(_work.FullName, "out.csv")), null, null, null, log);

        Assert.Equal(1, exitCode);
        Assert.Contains("line 3", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Link_ThroughCommandLineParser_AcceptsDocumentedOptions()
    {
        string input = Path.Combine(_work.FullName, "people.csv");
        File.WriteAllText(input, "id,first_name,surname\n1,Ana,Pop\n2,Ana,Pop\n3,Ion,Rus\n");
        string output = Path.Combine(_work.FullName, "out.csv");
        var root = new System.CommandLine.RootCommand { LinkCommand.Create() };

        int exitCode = root.Parse(["link", input, "--out", output, "--threshold", "0.5"]).Invoke();

        Assert.Equal(0, exitCode);
        Assert.Equal(4, File.ReadAllLines(output).Length);
    }
}

public sealed class LinkCommandPreviousTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("harbour-previous-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public void Link_WithPrevious_KeepsClusterIdsWhenANewRecordWithASmallerIdJoins()
    {
        string first = Path.Combine(_work.FullName, "first.csv");
        File.WriteAllText(first, "id,first_name,surname,dob\nr5,Agnieszka,Kowalska,1990-05-02\nr6,Agnieszka,Kowalska,02/05/1990\nr7,Minh,Tran,2001-07-09\n");
        var firstOut = new FileInfo(Path.Combine(_work.FullName, "first-out.csv"));
        Assert.Equal(0, LinkCommand.Run(new FileInfo(first), firstOut, null, 0.5, null, new StringWriter()));
        string before = File.ReadAllLines(firstOut.FullName).Single(l => l.StartsWith("r5,", StringComparison.Ordinal)).Split(',')[1];

        // A later run adds r1, another report of the same woman, whose id sorts before r5.
        string second = Path.Combine(_work.FullName, "second.csv");
        File.WriteAllText(second, File.ReadAllText(first) + "r1,Agnieszka,Kowalska,1990-05-02\n");
        var secondOut = new FileInfo(Path.Combine(_work.FullName, "second-out.csv"));
        Assert.Equal(0, LinkCommand.Run(new FileInfo(second), secondOut, null, 0.5, null, new StringWriter(), firstOut));

        var clusters = File.ReadAllLines(secondOut.FullName).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(before, clusters["r5"]);
        Assert.Equal(before, clusters["r1"]);
        Assert.Equal(before, clusters["r6"]);
    }
}
