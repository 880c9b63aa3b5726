namespace Harbour.Linkage.Clustering;

/// <summary>
/// Names clusters so that names survive re-runs. A cluster keeps the id it had before when most of its records
/// carried that id (largest overlap first, each old id used once); otherwise it is named after its smallest
/// record id, which does not change while the cluster's membership does not.
/// </summary>
public static class ClusterIds
{
    public static string[] Assign(IReadOnlyList<string> recordIds, int[] representative, IReadOnlyDictionary<string, string>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        ArgumentNullException.ThrowIfNull(representative);
        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < representative.Length; i++)
        {
            if (!groups.TryGetValue(representative[i], out List<int>? list))
            {
                groups[representative[i]] = list = [];
            }

            list.Add(i);
        }

        var names = new Dictionary<int, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (previous is not null)
        {
            var claims = new List<(int Root, string OldId, int Overlap)>();
            foreach ((int root, List<int> records) in groups)
            {
                foreach (IGrouping<string, int> group in records
                    .Where(r => previous.ContainsKey(recordIds[r]))
                    .GroupBy(r => previous[recordIds[r]], StringComparer.Ordinal))
                {
                    claims.Add((root, group.Key, group.Count()));
                }
            }

            foreach ((int root, string oldId, int _) in claims.OrderByDescending(c => c.Overlap).ThenBy(c => c.OldId, StringComparer.Ordinal))
            {
                if (!names.ContainsKey(root) && used.Add(oldId))
                {
                    names[root] = oldId;
                }
            }
        }

        var result = new string[representative.Length];
        foreach ((int root, List<int> records) in groups)
        {
            if (!names.TryGetValue(root, out string? name))
            {
                name = records.Select(r => recordIds[r]).Min(StringComparer.Ordinal)!;
                // A fresh name can only clash with an old id handed to another cluster; suffix it then.
                string candidate = name;
                for (int k = 2; used.Contains(candidate); k++)
                {
                    candidate = name + "~" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                name = candidate;
                used.Add(name);
            }

            foreach (int record in records)
            {
                result[record] = name;
            }
        }

        return result;
    }
}
