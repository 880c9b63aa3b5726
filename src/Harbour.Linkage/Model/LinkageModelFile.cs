using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harbour.Linkage.Model;

/// <summary>
/// Saves a trained model as JSON and reads it back, so a model trained on a large data set can score a small one
/// (a new deployment has too few records to train on) and a run can be repeated with the same weights.
/// </summary>
public static class LinkageModelFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialise(LinkageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var file = new ModelDocument(
            model.PriorMatchProbability,
            [.. model.Fields.Select(f => new FieldDocument(f.Role, [.. f.LevelNames], f.M, f.U))]);
        return JsonSerializer.Serialize(file, Json);
    }

    /// <summary>Reads a model written by <see cref="Serialise"/>; a field whose levels have changed since is refused.</summary>
    public static LinkageModel Deserialise(string json)
    {
        var file = JsonSerializer.Deserialize<ModelDocument>(json, Json)
            ?? throw new InvalidDataException("The linkage model file is empty.");
        var fields = file.Fields.Select(f =>
        {
            var model = new FieldModel(f.Role, f.M, f.U);
            if (!model.LevelNames.SequenceEqual(f.Levels, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"The model's levels for {f.Role} ({string.Join(", ", f.Levels)}) are not this engine's; train it again.");
            }

            return model;
        }).ToList();
        return new LinkageModel(file.PriorMatchProbability, fields);
    }

    public static void Save(LinkageModel model, string path) => File.WriteAllText(path, Serialise(model));

    public static LinkageModel Load(string path) => Deserialise(File.ReadAllText(path));

    private sealed record ModelDocument(double PriorMatchProbability, IReadOnlyList<FieldDocument> Fields);

    private sealed record FieldDocument(FieldRole Role, IReadOnlyList<string> Levels, double[] M, double[] U);
}
