using System.Globalization;
using Harbour.Linkage.Data;

namespace Harbour.Linkage.Evaluation;

/// <summary>Records whose ids and order no longer reveal the truth, with the truth kept aside for scoring.</summary>
public sealed record BlindedSet(IReadOnlyList<PersonRecord> Records, IReadOnlyList<string> Truth, IReadOnlyList<int> Source);

/// <summary>
/// Benchmark ids such as FEBRL's "rec-1070-dup-0" and row order encode the answer. Blinding replaces every id
/// with an opaque one and shuffles the rows (seeded, so runs are reproducible).
/// </summary>
public static class Blinding
{
    public static BlindedSet Blind(IReadOnlyList<PersonRecord> records, IReadOnlyList<string> truth, int seed, IReadOnlyList<int>? source = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(truth);
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, records.Count)];
        random.Shuffle(order);

        // Opaque ids are a second, independent permutation, so neither id nor position follows the original order.
        int[] labels = [.. Enumerable.Range(0, records.Count)];
        random.Shuffle(labels);
        var blinded = new PersonRecord[records.Count];
        var blindedTruth = new string[records.Count];
        var blindedSource = new int[records.Count];
        for (int k = 0; k < order.Length; k++)
        {
            blinded[k] = records[order[k]] with { Id = "r" + labels[k].ToString("D7", CultureInfo.InvariantCulture) };
            blindedTruth[k] = truth[order[k]];
            blindedSource[k] = source?[order[k]] ?? 0;
        }

        return new BlindedSet(blinded, blindedTruth, blindedSource);
    }
}
