namespace Harbour.Linkage.Clustering;

/// <summary>A scored link between two records, by index.</summary>
public readonly record struct Link(int A, int B, double Probability);

/// <summary>
/// Groups linked records into clusters without chaining. Links are taken strongest first, as in single-linkage,
/// but two groups merge only when the links between them are dense enough: the summed probability of their
/// cross links must reach <see cref="Cohesion"/> × √(|A|·|B|). A record joins a group on one strong link, yet two
/// established groups are not joined by a single bridge, and weak chains stop growing. Cannot-link pairs veto merges.
/// </summary>
public sealed class Clusterer
{
    public double Cohesion { get; init; } = 0.45;

    /// <param name="recordCount">Number of records; every record ends in exactly one cluster.</param>
    /// <param name="links">Links at or above the match threshold.</param>
    /// <param name="mustLink">Pairs known to be the same (clerical decisions); merged first.</param>
    /// <param name="cannotLink">True when two records must never share a cluster.</param>
    /// <returns>For each record, the index of its cluster's representative record.</returns>
    public int[] Cluster(
        int recordCount,
        IReadOnlyList<Link> links,
        IReadOnlyList<(int A, int B)>? mustLink = null,
        Func<int, int, bool>? cannotLink = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        var parent = new int[recordCount];
        var members = new List<int>?[recordCount];
        for (int i = 0; i < recordCount; i++)
        {
            parent[i] = i;
        }

        (int[] offsets, int[] neighbours, double[] probabilities) = BuildAdjacency(recordCount, links);

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        List<int> Members(int root) => members[root] ??= [root];

        bool Conflicts(int rootA, int rootB)
        {
            if (cannotLink is null)
            {
                return false;
            }

            foreach (int a in Members(rootA))
            {
                foreach (int b in Members(rootB))
                {
                    if (cannotLink(a, b))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        void Merge(int rootA, int rootB)
        {
            List<int> big = Members(rootA);
            List<int> small = Members(rootB);
            if (big.Count < small.Count)
            {
                (rootA, rootB) = (rootB, rootA);
                (big, small) = (small, big);
            }

            big.AddRange(small);
            members[rootB] = null;
            parent[rootB] = rootA;
        }

        double CrossEvidence(int rootA, int rootB)
        {
            List<int> small = Members(rootA).Count <= Members(rootB).Count ? Members(rootA) : Members(rootB);
            int other = ReferenceEquals(small, Members(rootA)) ? rootB : rootA;
            double sum = 0;
            foreach (int record in small)
            {
                for (int k = offsets[record]; k < offsets[record + 1]; k++)
                {
                    if (Find(neighbours[k]) == other)
                    {
                        sum += probabilities[k];
                    }
                }
            }

            return sum;
        }

        if (mustLink is not null)
        {
            foreach ((int a, int b) in mustLink)
            {
                int rootA = Find(a);
                int rootB = Find(b);
                if (rootA != rootB)
                {
                    Merge(rootA, rootB);
                }
            }
        }

        // Links inside a dense group share most neighbours; a bridge between groups shares few. Taking well-supported
        // links first lets groups form before any bridge is considered, so the bridge then faces the density test.
        double[] support = [.. links.Select(l => NeighbourhoodOverlap(offsets, neighbours, l.A, l.B))];
        Link[] ordered = [.. Enumerable.Range(0, links.Count)
            .OrderByDescending(k => support[k] * links[k].Probability)
            .ThenBy(k => Math.Min(links[k].A, links[k].B))
            .ThenBy(k => Math.Max(links[k].A, links[k].B))
            .Select(k => links[k])];

        // A second pass lets a link that was too weak on its own succeed once its neighbours have gathered.
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (Link link in ordered)
            {
                int rootA = Find(link.A);
                int rootB = Find(link.B);
                if (rootA == rootB)
                {
                    continue;
                }

                int sizeA = Members(rootA).Count;
                int sizeB = Members(rootB).Count;
                double required = Cohesion * Math.Sqrt((double)sizeA * sizeB);
                double evidence = sizeA == 1 && sizeB == 1 ? link.Probability : CrossEvidence(rootA, rootB);
                if (evidence >= required && !Conflicts(rootA, rootB))
                {
                    Merge(rootA, rootB);
                }
            }
        }

        var result = new int[recordCount];
        for (int i = 0; i < recordCount; i++)
        {
            result[i] = Find(i);
        }

        return result;
    }

    /// <summary>Jaccard overlap of the two records' closed neighbourhoods (each record with its linked records).</summary>
    private static double NeighbourhoodOverlap(int[] offsets, int[] neighbours, int a, int b)
    {
        ReadOnlySpan<int> left = neighbours.AsSpan(offsets[a], offsets[a + 1] - offsets[a]);
        ReadOnlySpan<int> right = neighbours.AsSpan(offsets[b], offsets[b + 1] - offsets[b]);
        int common = 2; // a and b are in both closed neighbourhoods
        int i = 0;
        int j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                common++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        int union = left.Length + 1 + right.Length + 1 - common;
        return (double)common / union;
    }

    private static (int[] Offsets, int[] Neighbours, double[] Probabilities) BuildAdjacency(int recordCount, IReadOnlyList<Link> links)
    {
        var offsets = new int[recordCount + 1];
        foreach (Link link in links)
        {
            offsets[link.A + 1]++;
            offsets[link.B + 1]++;
        }

        for (int i = 0; i < recordCount; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var cursor = (int[])offsets.Clone();
        var neighbours = new int[offsets[recordCount]];
        var probabilities = new double[offsets[recordCount]];
        foreach (Link link in links)
        {
            neighbours[cursor[link.A]] = link.B;
            probabilities[cursor[link.A]++] = link.Probability;
            neighbours[cursor[link.B]] = link.A;
            probabilities[cursor[link.B]++] = link.Probability;
        }

        for (int record = 0; record < recordCount; record++)
        {
            // Sorted neighbour lists make the overlap a linear merge.
            Array.Sort(neighbours, probabilities, offsets[record], offsets[record + 1] - offsets[record]);
        }

        return (offsets, neighbours, probabilities);
    }
}
