namespace Harbour.Core.Linking;

/// <summary>
/// Which mentions are one person: a union of positive links ("same" decisions first, then automatic links from
/// strongest), where a join is refused if the two groups hold a pair an analyst said are different people.
/// </summary>
public static class PersonGrouping
{
    /// <summary>The group number of each mention.</summary>
    public static IReadOnlyDictionary<Guid, int> Group(IReadOnlyList<Guid> mentions, IEnumerable<PersonMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(matches);
        var list = matches.ToList();
        var position = mentions.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        var members = Enumerable.Range(0, mentions.Count).Select(i => new List<int> { i }).ToArray();
        var apart = list.Where(m => m.Status == MatchStatus.NotSame && position.ContainsKey(m.MentionId) && position.ContainsKey(m.OtherMentionId))
            .Select(m => (position[m.MentionId], position[m.OtherMentionId]))
            .ToList();

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        var positive = list
            .Where(m => m.Status is MatchStatus.Same or MatchStatus.LinkedAutomatically && position.ContainsKey(m.MentionId) && position.ContainsKey(m.OtherMentionId))
            .OrderBy(m => m.Status == MatchStatus.Same ? 0 : 1)
            .ThenByDescending(m => m.Probability)
            .ThenBy(m => m.Id);
        foreach (var link in positive)
        {
            int a = Find(position[link.MentionId]);
            int b = Find(position[link.OtherMentionId]);
            if (a == b || apart.Any(p => (Find(p.Item1) == a && Find(p.Item2) == b) || (Find(p.Item1) == b && Find(p.Item2) == a)))
            {
                continue;
            }

            // The larger group absorbs the smaller.
            if (members[a].Count < members[b].Count)
            {
                (a, b) = (b, a);
            }

            parent[b] = a;
            members[a].AddRange(members[b]);
            members[b].Clear();
        }

        return mentions.Select((id, i) => (id, Group: Find(i))).ToDictionary(p => p.id, p => p.Group);
    }
}
