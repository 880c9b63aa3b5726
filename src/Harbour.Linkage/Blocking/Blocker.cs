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
    public Blocker(IReadOnlyList<BlockingRule> rules, IReadOnlyList<NeighbourhoodPass> passes, int maxBlockSize = 100, int neighbourhoodWindow = 5)
    {
        Rules = rules;
        Passes = passes;
        MaxBlockSize = maxBlockSize;
        NeighbourhoodWindow = neighbourhoodWindow;
    }

    public IReadOnlyList<BlockingRule> Rules { get; }

    public IReadOnlyList<NeighbourhoodPass> Passes { get; }

    /// <summary>Blocks larger than this are skipped (their pairs are left to the other rules) to bound the pair count.</summary>
    public int MaxBlockSize { get; }

    public int NeighbourhoodWindow { get; }

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

        var earlierRanks = new List<int[]>();
        foreach (NeighbourhoodPass pass in Passes)
        {
            if (NeighbourhoodWindow <= 1)
            {
                break;
            }

            int[] rank = Rank(table, pass);
            long[] pairs = NeighbourhoodPairs(rank, earlierRanks, keys, oversized);
            earlierRanks.Add(rank);
            all.Add(pairs);
            counts.Add(new BlockingRuleCount(pass.Name, pairs.Length, 0));
        }

        long total = all.Sum(p => (long)p.Length);
        var union = new long[total];
        long offset = 0;
        for (int i = 0; i < all.Count; i++)
        {
            Array.Copy(all[i], 0, union, offset, all[i].Length);
            offset += all[i].Length;
            all[i] = [];
        }

        return new CandidatePairs(union, counts, keys);
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
        var result = new long[parts.Sum(p => (long)p.Count)];
        long offset = 0;
        foreach (List<long> part in parts)
        {
            part.CopyTo(result, (int)offset);
            offset += part.Count;
        }

        return result;
    }

    /// <summary>Each record's position in the pass's sort order, or -1 for records the pass leaves out.</summary>
    private static int[] Rank(RecordTable table, NeighbourhoodPass pass)
    {
        var keyed = new List<(string Key, int Record)>(table.Count);
        for (int i = 0; i < table.Count; i++)
        {
            string? key = pass.KeyOf(table, i);
            if (key is not null)
            {
                keyed.Add((key, i));
            }
        }

        keyed.Sort(NeighbourhoodPass.Order);
        var rank = new int[table.Count];
        Array.Fill(rank, -1);
        for (int position = 0; position < keyed.Count; position++)
        {
            rank[keyed[position].Record] = position;
        }

        return rank;
    }

    private long[] NeighbourhoodPairs(int[] rank, List<int[]> earlierRanks, ulong[][] keys, HashSet<ulong>[] oversized)
    {
        var order = new int[rank.Count(r => r >= 0)];
        for (int i = 0; i < rank.Length; i++)
        {
            if (rank[i] >= 0)
            {
                order[rank[i]] = i;
            }
        }

        var result = new List<long>();
        for (int position = 0; position < order.Length; position++)
        {
            int a = order[position];
            int last = Math.Min(order.Length - 1, position + NeighbourhoodWindow - 1);
            for (int other = position + 1; other <= last; other++)
            {
                int b = order[other];
                if (CoveredByKeyedRule(keys, oversized, keys.Length, a, b) || CoveredByEarlierPass(earlierRanks, a, b))
                {
                    continue;
                }

                result.Add(CandidatePairs.Pack(a, b));
            }
        }

        return [.. result];
    }

    private bool CoveredByEarlierPass(List<int[]> earlierRanks, int a, int b)
    {
        foreach (int[] rank in earlierRanks)
        {
            if (rank[a] >= 0 && rank[b] >= 0 && Math.Abs(rank[a] - rank[b]) < NeighbourhoodWindow)
            {
                return true;
            }
        }

        return false;
    }
}
