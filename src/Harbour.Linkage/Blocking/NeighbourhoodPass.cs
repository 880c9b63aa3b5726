using Harbour.Linkage.Data;

namespace Harbour.Linkage.Blocking;

/// <summary>
/// A sorted-neighbourhood pass: records are sorted by a key and each is paired with its next few neighbours.
/// Unlike exact keys it tolerates a typo anywhere after the first letters; the reversed pass covers typos near
/// the start.
/// </summary>
public sealed class NeighbourhoodPass(string name, Func<RecordTable, int, string?> key)
{
    public string Name { get; } = name;

    /// <summary>The sort key of a record, or null to leave the record out of this pass.</summary>
    public string? KeyOf(RecordTable table, int record) => key(table, record);

    /// <summary>Key order with the record index as tie-break, so the order is the same on every run.</summary>
    public static int Order((string Key, int Record) x, (string Key, int Record) y)
    {
        int byKey = string.CompareOrdinal(x.Key, y.Key);
        return byKey != 0 ? byKey : x.Record.CompareTo(y.Record);
    }

    public static IReadOnlyList<NeighbourhoodPass> DefaultsFor(RecordTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var passes = new List<NeighbourhoodPass>();
        if (table.Has(FieldRole.FamilyName) || table.Has(FieldRole.GivenName))
        {
            passes.Add(new NeighbourhoodPass("sorted neighbourhood on names", (t, r) => Names(t, r)));
            passes.Add(new NeighbourhoodPass("sorted neighbourhood on reversed names", (t, r) => Reverse(Names(t, r))));
        }

        if (table.Has(FieldRole.Email))
        {
            passes.Add(new NeighbourhoodPass("sorted neighbourhood on email", (t, r) => t.NormalisedValue(r, FieldRole.Email)));
            passes.Add(new NeighbourhoodPass("sorted neighbourhood on reversed email", (t, r) => Reverse(t.NormalisedValue(r, FieldRole.Email))));
        }

        return passes;
    }

    private static string? Names(RecordTable table, int record)
    {
        string? family = table.NormalisedValue(record, FieldRole.FamilyName);
        string? given = table.NormalisedValue(record, FieldRole.GivenName);
        return family is null && given is null ? null : (family ?? string.Empty) + " " + (given ?? string.Empty);
    }

    private static string? Reverse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        char[] chars = text.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
