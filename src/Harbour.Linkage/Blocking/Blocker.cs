using Harbour.Linkage.Data;

namespace Harbour.Linkage.Blocking;

/// <summary>How many new candidate pairs one blocking method added to the union.</summary>
public sealed record BlockingRuleCount(string Rule, long NewPairs, int OversizedBlocksSkipped);

/// <summary>Candidate pairs as (a &lt;&lt; 32 | b) with a &lt; b, each pair once, with per-rule counts.</summary>
public sealed class CandidatePairs(long[] pairs, IReadOnlyList<BlockingRuleCount> counts, ulong[][] keys)
{
    public long[] Pairs { get; } = pairs;

    public IReadOnlyList<BlockingRuleCount> Counts { get; } = counts;

    /// <summary>Each keyed rule's key per record, for training EM on one rule's pairs.</summary>
    internal ulong[][] Keys { get; } = keys;

    public static int First(long pair) => (int)(pair >> 32);

    public static int Second(long pair) => (int)(pair & 0xFFFFFFFF);

    public static long Pack(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}

/// <summary>
/// Generates candidate pairs: the union of keyed blocking rules, then sorted-neighbourhood passes that tolerate
/// typos anywhere in a name. A pair is emitted only by the first method that finds it, so the union needs no
/// de-duplication set.
/// </summary>
public sealed class Blocker
{
    public Blocker(IReadOnlyList<BlockingRule> rules, int maxBlockSize = 400, int neighbourhoodWindow = 5)
    {
        Rules = rules;
        MaxBlockSize = maxBlockSize;
        NeighbourhoodWindow = neighbourhoodWindow;
    }

    public IReadOnlyList<BlockingRule> Rules { get; }

    /// <summary>Blocks larger than this are skipped (their pairs are left to the other rules) to bound the pair count.</summary>
    public int MaxBlockSize { get; }

    public int NeighbourhoodWindow { get; }

    public const string NeighbourhoodRuleName = "sorted neighbourhood on names";
    public const string ReversedNeighbourhoodRuleName = "sorted neighbourhood on reversed names";

    public CandidatePairs Generate(RecordTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int n = table.Count;
        var keys = new ulong[Rules.Count][];
        var oversized = new HashSet<ulong>[Rules.Count];
        var counts = new List<BlockingRuleCount>();
        var all = new List<long[]>();
        for (int r = 0; r < Rules.Count; r++)
        {
            var ruleKeys = new ulong[n];
            BlockingRule rule = Rules[r];
            Parallel.For(0, n, i => ruleKeys[i] = rule.KeyOf(table, i));
            keys[r] = ruleKeys;
            oversized[r] = [];
            long[] pairs = KeyedPairs(keys, oversized, r);
            all.Add(pairs);
            counts.Add(new BlockingRuleCount(rule.Name, pairs.Length, oversized[r].Count));
        }

        string[]? nameKeys = NeighbourhoodKeys(table);
        if (nameKeys is not null && NeighbourhoodWindow > 1)
        {
            int[] forwardRank = Rank(nameKeys);
            long[] forward = NeighbourhoodPairs(forwardRank, null, keys, oversized);
            all.Add(forward);
            counts.Add(new BlockingRuleCount(NeighbourhoodRuleName, forward.Length, 0));
            int[] reverseRank = Rank([.. nameKeys.Select(Reverse)]);
            long[] reverse = NeighbourhoodPairs(reverseRank, forwardRank, keys, oversized);
            all.Add(reverse);
            counts.Add(new BlockingRuleCount(ReversedNeighbourhoodRuleName, reverse.Length, 0));
        }

        long total = all.Sum(p => (long)p.Length);
        var union = new long[total];
        long offset = 0;
        foreach (long[] part in all)
        {
            Array.Copy(part, 0, union, offset, part.Length);
            offset += part.Length;
        }

        return new CandidatePairs(union, counts, keys);
    }

    /// <summary>The key that sorted-neighbourhood passes order records by: family then given name, or the address.</summary>
    internal static string[]? NeighbourhoodKeys(RecordTable table)
    {
        if (table.Has(FieldRole.FamilyName) || table.Has(FieldRole.GivenName))
        {
            var result = new string[table.Count];
            for (int i = 0; i < table.Count; i++)
            {
                result[i] = NeighbourhoodKey(table, i);
            }

            return result;
        }

        return null;
    }

    internal static string NeighbourhoodKey(RecordTable table, int record) =>
        (table.NormalisedValue(record, FieldRole.FamilyName) ?? string.Empty) + " " +
        (table.NormalisedValue(record, FieldRole.GivenName) ?? string.Empty);

    internal static string Reverse(string text)
    {
        char[] chars = text.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>Covered when an earlier keyed rule put both records in one block that was not skipped.</summary>
    private static bool CoveredByKeyedRule(ulong[][] keys, HashSet<ulong>[] oversized, int ruleCount, int a, int b)
    {
        for (int q = 0; q < ruleCount; q++)
        {
            ulong key = keys[q][a];
            if (key != 0 && key == keys[q][b] && !oversized[q].Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    private long[] KeyedPairs(ulong[][] keys, HashSet<ulong>[] oversized, int rule)
    {
        ulong[] ruleKeys = keys[rule];
        int n = ruleKeys.Length;
        int[] order = [.. Enumerable.Range(0, n).Where(i => ruleKeys[i] != 0)];
        ulong[] sortedKeys = [.. order.Select(i => ruleKeys[i])];
        Array.Sort(sortedKeys, order);
        var blocks = new List<(int Start, int Length)>();
        for (int start = 0; start < order.Length;)
        {
            int end = start + 1;
            while (end < order.Length && sortedKeys[end] == sortedKeys[start])
            {
                end++;
            }

            if (end - start > MaxBlockSize)
            {
                oversized[rule].Add(sortedKeys[start]);
            }
            else if (end - start > 1)
            {
                blocks.Add((start, end - start));
            }

            start = end;
        }

        // Fixed chunks written to fixed slots keep the output order deterministic whatever the thread timing.
        const int chunkSize = 2048;
        int chunks = (blocks.Count + chunkSize - 1) / chunkSize;
        var parts = new List<long>[chunks];
        Parallel.For(0, chunks, chunk =>
        {
            var local = new List<long>();
            int last = Math.Min(blocks.Count, (chunk + 1) * chunkSize);
            for (int k = chunk * chunkSize; k < last; k++)
            {
                (int start, int length) = blocks[k];
                for (int x = start; x < start + length; x++)
                {
                    for (int y = x + 1; y < start + length; y++)
                    {
                        int a = order[x];
                        int b = order[y];
                        if (!CoveredByKeyedRule(keys, oversized, rule, a, b))
                        {
                            local.Add(CandidatePairs.Pack(a, b));
                        }
                    }
                }
            }

            parts[chunk] = local;
        });
        return [.. parts.SelectMany(p => p)];
    }

    private static int[] Rank(string[] sortKeys)
    {
        int[] order = [.. Enumerable.Range(0, sortKeys.Length)];
        string[] copy = [.. sortKeys];
        Array.Sort(copy, order, StringComparer.Ordinal);
        var rank = new int[order.Length];
        for (int position = 0; position < order.Length; position++)
        {
            rank[order[position]] = position;
        }

        return rank;
    }

    private long[] NeighbourhoodPairs(int[] rank, int[]? earlierRank, ulong[][] keys, HashSet<ulong>[] oversized)
    {
        var order = new int[rank.Length];
        for (int i = 0; i < rank.Length; i++)
        {
            order[rank[i]] = i;
        }

        var result = new List<long>();
        for (int position = 0; position < order.Length; position++)
        {
            int a = order[position];
            int last = Math.Min(order.Length - 1, position + NeighbourhoodWindow - 1);
            for (int other = position + 1; other <= last; other++)
            {
                int b = order[other];
                if (CoveredByKeyedRule(keys, oversized, keys.Length, a, b))
                {
                    continue;
                }

                if (earlierRank is not null && Math.Abs(earlierRank[a] - earlierRank[b]) < NeighbourhoodWindow)
                {
                    continue;
                }

                result.Add(CandidatePairs.Pack(a, b));
            }
        }

        return [.. result];
    }
}
