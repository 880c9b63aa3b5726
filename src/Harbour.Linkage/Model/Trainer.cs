using Harbour.Linkage.Comparison;

namespace Harbour.Linkage.Model;

/// <summary>
/// Unsupervised training in the manner of Splink: u from comparisons of random pairs (almost all non-matches),
/// then m by expectation–maximisation over blocked candidate pairs with u held fixed.
/// </summary>
public static class Trainer
{
    private const double Floor = 1e-6;

    /// <summary>Estimates u per field and level from random pairs, seeded so training is reproducible.</summary>
    public static double[][] EstimateU(PairComparer comparer, long maxPairs, int seed)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        int n = comparer.Table.Count;
        int fields = comparer.Fields.Length;
        var counts = new long[fields][];
        for (int f = 0; f < fields; f++)
        {
            counts[f] = new long[ComparisonLevels.Names(comparer.Fields[f]).Count];
        }

        if (n >= 2)
        {
            long allPairs = (long)n * (n - 1) / 2;
            if (allPairs <= maxPairs)
            {
                for (int a = 0; a < n; a++)
                {
                    for (int b = a + 1; b < n; b++)
                    {
                        Accumulate(counts, comparer.Compare(a, b));
                    }
                }
            }
            else
            {
                // Fixed chunks with their own seeds: parallel, yet the same sample on every run.
                const int chunks = 16;
                long perChunk = (maxPairs + chunks - 1) / chunks;
                var partial = new long[chunks][][];
                Parallel.For(0, chunks, chunk =>
                {
                    var local = counts.Select(levels => new long[levels.Length]).ToArray();
                    var random = new Random(unchecked((seed * 31) + chunk));
                    for (long k = 0; k < perChunk; k++)
                    {
                        int a = random.Next(n);
                        int b = random.Next(n - 1);
                        if (b >= a)
                        {
                            b++;
                        }

                        Accumulate(local, comparer.Compare(a, b));
                    }

                    partial[chunk] = local;
                });
                foreach (long[][] local in partial)
                {
                    for (int f = 0; f < fields; f++)
                    {
                        for (int level = 0; level < local[f].Length; level++)
                        {
                            counts[f][level] += local[f][level];
                        }
                    }
                }
            }
        }

        var u = new double[fields][];
        for (int f = 0; f < fields; f++)
        {
            long informative = counts[f].Skip(1).Sum();
            int levels = counts[f].Length;
            u[f] = new double[levels];
            for (int level = 1; level < levels; level++)
            {
                // Add-half smoothing: a level never seen among random pairs is rare, not impossible.
                u[f][level] = Math.Max(Floor, (counts[f][level] + 0.5) / (informative + (0.5 * (levels - 1))));
            }
        }

        return u;
    }

    private static void Accumulate(long[][] counts, ulong vector)
    {
        for (int f = 0; f < counts.Length; f++)
        {
            counts[f][PairComparer.LevelOf(vector, f)]++;
        }
    }

    /// <summary>The per-level median of several m estimates for one field, renormalised to sum to one.</summary>
    public static double[] MedianOfEstimates(IReadOnlyList<double[]> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        int levels = estimates[0].Length;
        var median = new double[levels];
        for (int level = 1; level < levels; level++)
        {
            double[] values = [.. estimates.Select(e => e[level]).Order()];
            int middle = values.Length / 2;
            median[level] = values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        }

        double total = median.Sum();
        for (int level = 1; level < levels; level++)
        {
            median[level] = Math.Max(Floor, median[level] / total);
        }

        return median;
    }

    /// <summary>Starting m values: agreement likely for matches, with likelihood falling level by level.</summary>
    public static double[][] InitialM(FieldRole[] fields)
    {
        var m = new double[fields.Length][];
        for (int f = 0; f < fields.Length; f++)
        {
            int levels = ComparisonLevels.Names(fields[f]).Count;
            m[f] = new double[levels];
            double remaining = 1.0;
            for (int level = 1; level < levels; level++)
            {
                double share = level == levels - 1 ? remaining : remaining * 0.7;
                m[f][level] = share;
                remaining -= share;
            }
        }

        return m;
    }

    /// <summary>
    /// Expectation–maximisation for m and the match proportion over a histogram of comparison vectors, with u fixed.
    /// Fields in <paramref name="frozen"/> were used to pick the pairs, so they agree by construction and say nothing
    /// about match status within the sample: they are left out of the E-step and keep their m (as in Splink).
    /// </summary>
    public static EmResult ExpectationMaximisation(
        IReadOnlyDictionary<ulong, long> histogram,
        double[][] initialM,
        double[][] u,
        bool[] frozen,
        double initialProportion = 0.1,
        int maxIterations = 40,
        double tolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(initialM);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(frozen);
        int fields = u.Length;
        double[][] m = [.. initialM.Select(levels => (double[])levels.Clone())];
        double proportion = initialProportion;
        var vectors = histogram.Keys.ToArray();
        var counts = vectors.Select(v => (double)histogram[v]).ToArray();
        double total = counts.Sum();
        int iterations = 0;
        for (; iterations < maxIterations && total > 0; iterations++)
        {
            var matchMass = new double[fields][];
            for (int f = 0; f < fields; f++)
            {
                matchMass[f] = new double[u[f].Length];
            }

            double expectedMatches = 0;
            for (int p = 0; p < vectors.Length; p++)
            {
                double logMatch = Math.Log(proportion);
                double logNonMatch = Math.Log(1 - proportion);
                for (int f = 0; f < fields; f++)
                {
                    int level = PairComparer.LevelOf(vectors[p], f);
                    if (level != 0 && !frozen[f])
                    {
                        logMatch += Math.Log(m[f][level]);
                        logNonMatch += Math.Log(u[f][level]);
                    }
                }

                double posterior = 1.0 / (1.0 + Math.Exp(logNonMatch - logMatch));
                double mass = posterior * counts[p];
                expectedMatches += mass;
                for (int f = 0; f < fields; f++)
                {
                    matchMass[f][PairComparer.LevelOf(vectors[p], f)] += mass;
                }
            }

            double change = 0;
            double newProportion = Math.Clamp(expectedMatches / total, Floor, 1 - Floor);
            change = Math.Max(change, Math.Abs(newProportion - proportion));
            proportion = newProportion;
            for (int f = 0; f < fields; f++)
            {
                if (frozen[f])
                {
                    continue;
                }

                double informative = matchMass[f].Skip(1).Sum();
                if (informative <= 0)
                {
                    continue;
                }

                for (int level = 1; level < m[f].Length; level++)
                {
                    double updated = Math.Max(Floor, matchMass[f][level] / informative);
                    change = Math.Max(change, Math.Abs(updated - m[f][level]));
                    m[f][level] = updated;
                }
            }

            if (change < tolerance)
            {
                iterations++;
                break;
            }
        }

        return new EmResult(m, proportion, iterations);
    }
}

/// <summary>The outcome of one EM run.</summary>
public sealed record EmResult(double[][] M, double MatchProportion, int Iterations);
