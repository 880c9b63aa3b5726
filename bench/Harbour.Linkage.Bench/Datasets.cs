using System.Text.RegularExpressions;
using Harbour.Linkage.Data;
using Harbour.Linkage.Evaluation;
using Harbour.Linkage.Io;
using Sylvan.Data.Csv;

namespace Harbour.Linkage.Bench;

/// <summary>A labelled benchmark set: records with their true entity keys (and source, for link-only tasks).</summary>
internal sealed record LabelledSet(string Name, IReadOnlyList<PersonRecord> Records, IReadOnlyList<string> Truth, IReadOnlyList<int>? Source);

internal static partial class Datasets
{
    [GeneratedRegex(@"rec-(\d+)")]
    private static partial Regex FebrlEntity();

    public static string DataRoot(string repositoryRoot) => Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "data", "linkage"));

    public static LabelledSet Febrl(string dataRoot, string file)
    {
        CsvInput input = CsvRecordReader.Read(Path.Combine(dataRoot, "febrl", file));
        return new LabelledSet(file, input.Records, [.. input.Records.Select(r => FebrlEntity().Match(r.Id).Groups[1].Value)], null);
    }

    public static LabelledSet Febrl4(string dataRoot)
    {
        CsvInput a = CsvRecordReader.Read(Path.Combine(dataRoot, "febrl", "dataset4a.csv"));
        CsvInput b = CsvRecordReader.Read(Path.Combine(dataRoot, "febrl", "dataset4b.csv"));
        PersonRecord[] records = [.. a.Records, .. b.Records];
        return new LabelledSet(
            "dataset4a+4b (link only)",
            records,
            [.. records.Select(r => FebrlEntity().Match(r.Id).Groups[1].Value)],
            [.. a.Records.Select(_ => 0), .. b.Records.Select(_ => 1)]);
    }

    public static LabelledSet Fake1000(string dataRoot)
    {
        string path = Path.Combine(dataRoot, "splink", "fake_1000.csv");
        CsvInput input = CsvRecordReader.Read(path);
        return new LabelledSet("fake_1000", input.Records, TruthColumn(path, "unique_id", "cluster", input.Records), null);
    }

    public static LabelledSet DedupeOrganisations(string dataRoot)
    {
        string path = Path.Combine(dataRoot, "dedupe", "csv_example_input_with_true_ids.csv");
        var settings = new LinkageSettings
        {
            Id = "Id",
            Fields = new()
            {
                [FieldRole.FamilyName] = ["Site name"],
                [FieldRole.Address] = ["Address"],
                [FieldRole.Postcode] = ["Zip"],
                [FieldRole.Phone] = ["Phone"],
            },
        };
        CsvInput input = CsvRecordReader.Read(path, settings.ToMapping);
        return new LabelledSet("dedupe organisations", input.Records, TruthColumn(path, "Id", "True Id", input.Records), null);
    }

    private static string[] TruthColumn(string path, string idColumn, string truthColumn, IReadOnlyList<PersonRecord> records)
    {
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        using (CsvDataReader csv = CsvDataReader.Create(path))
        {
            int id = csv.GetOrdinal(idColumn);
            int key = csv.GetOrdinal(truthColumn);
            while (csv.Read())
            {
                truth[csv.GetString(id).Trim()] = csv.GetString(key).Trim();
            }
        }

        return [.. records.Select(r => truth[r.Id])];
    }

    public static BlindedSet Blind(LabelledSet set, int seed = 7) => Blinding.Blind(set.Records, set.Truth, seed, set.Source);
}
