namespace Harbour.Linkage.Evaluation;

/// <summary>Precision, recall and F1 of a clustering against the truth.</summary>
public sealed record Scores(double Precision, double Recall, double F1, long TruePositives, long PredictedPairs, long TruePairs)
{
    public static Scores From(long truePositives, long predicted, long actual)
    {
        double precision = predicted == 0 ? 1 : (double)truePositives / predicted;
        double recall = actual == 0 ? 1 : (double)truePositives / actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Scores(precision, recall, f1, truePositives, predicted, actual);
    }
}

/// <summary>Pairwise and B-cubed scores of predicted clusters against true entity keys.</summary>
public static class Metrics
{
    /// <summary>
    /// Pairwise scores over unordered record pairs. With <paramref name="source"/> given, only pairs from
    /// different sources count (a link-only task such as FEBRL 4a to 4b).
    /// </summary>
    public static Scores Pairwise(IReadOnlyList<string> predicted, IReadOnlyList<string> truth, IReadOnlyList<int>? source = null)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        long Pairs(IEnumerable<IGrouping<string, int>> groups) => groups.Sum(group => CountPairs(group, source));
        var indexes = Enumerable.Range(0, predicted.Count).ToArray();
        long truePositives = Pairs(indexes.GroupBy(i => predicted[i] + "\u0001" + truth[i], StringComparer.Ordinal));
        long predictedPairs = Pairs(indexes.GroupBy(i => predicted[i], StringComparer.Ordinal));
        long truePairs = Pairs(indexes.GroupBy(i => truth[i], StringComparer.Ordinal));
        return Scores.From(truePositives, predictedPairs, truePairs);
    }

    /// <summary>B-cubed precision and recall averaged over records.</summary>
    public static Scores BCubed(IReadOnlyList<string> predicted, IReadOnlyList<string> truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        var predictedSize = predicted.GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var trueSize = truth.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var overlap = Enumerable.Range(0, predicted.Count)
            .GroupBy(i => (predicted[i], truth[i]))
            .ToDictionary(g => g.Key, g => g.Count());
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < predicted.Count; i++)
        {
            double common = overlap[(predicted[i], truth[i])];
            precision += common / predictedSize[predicted[i]];
            recall += common / trueSize[truth[i]];
        }

        precision /= Math.Max(1, predicted.Count);
        recall /= Math.Max(1, predicted.Count);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Scores(precision, recall, f1, 0, 0, 0);
    }

    private static long CountPairs(IEnumerable<int> members, IReadOnlyList<int>? source)
    {
        if (source is null)
        {
            long n = members.LongCount();
            return n * (n - 1) / 2;
        }

        var bySource = members.GroupBy(i => source[i]).Select(g => (long)g.Count()).ToArray();
        long total = bySource.Sum();
        long within = bySource.Sum(c => c * c);
        return ((total * total) - within) / 2;
    }
}
