using Harbour.Linkage.Text;

namespace Harbour.Linkage.Data;

/// <summary>
/// Everything the comparators need about one distinct normalised value, computed once per value rather than
/// once per pair.
/// </summary>
internal sealed class ValueInfo
{
    public ValueInfo(FieldRole role, string text)
    {
        Text = text;
        (LetterCounts, LetterCountsExact) = CountLetters(text);
        switch (role)
        {
            case FieldRole.GivenName or FieldRole.FamilyName:
                Phonetic = Harbour.Linkage.Text.Phonetic.Encode(text);
                VariantGroup = NameVariants.GroupOf(text);
                Initial = text[0];
                break;
            case FieldRole.DateOfBirth:
                Date = new DateOfBirth(int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(text[4..6], System.Globalization.CultureInfo.InvariantCulture), int.Parse(text[6..8], System.Globalization.CultureInfo.InvariantCulture));
                DayNumber = Date.DayNumber ?? int.MinValue;
                break;
            case FieldRole.Postcode:
                Postcode postcode = Harbour.Linkage.Text.Postcode.Parse(text)!.Value;
                Secondary = postcode.Sector;
                Tertiary = postcode.District;
                IsUkPostcode = postcode.IsUk;
                break;
            case FieldRole.Email:
                int at = text.LastIndexOf('@');
                Secondary = at > 0 ? text[..at] : text;
                Tertiary = at > 0 ? text[(at + 1)..] : string.Empty;
                break;
            case FieldRole.Address:
                Secondary = FieldNormalisers.HouseNumber(text);
                Tokens = HashTokens(text, skip: Secondary);
                Street = Secondary is null ? text : string.Join(' ', text.Split(' ').Where(t => t != Secondary));
                (StreetLetterCounts, StreetLetterCountsExact) = CountLetters(Street);
                break;
        }
    }

    public string Text { get; }

    /// <summary>Two-bit counts (saturating at 3) of each letter a–z and of any other character, for a cheap Jaro bound.</summary>
    public ulong LetterCounts { get; }

    /// <summary>Letter counts of <see cref="Street"/>, as <see cref="LetterCounts"/> are of the whole text.</summary>
    public ulong StreetLetterCounts { get; }

    public bool StreetLetterCountsExact { get; }

    /// <summary>False when some count saturated, so <see cref="LetterCounts"/> cannot bound the matches.</summary>
    public bool LetterCountsExact { get; }

    /// <summary>
    /// An upper bound on the characters two values can have in common, hence on their Jaro similarity, or
    /// int.MaxValue when it cannot be told cheaply.
    /// </summary>
    public static int CommonCharactersBound(ValueInfo x, ValueInfo y) =>
        x.LetterCountsExact && y.LetterCountsExact ? CommonCharacters(x.LetterCounts, y.LetterCounts) : int.MaxValue;

    public static int CommonStreetCharactersBound(ValueInfo x, ValueInfo y) =>
        x.StreetLetterCountsExact && y.StreetLetterCountsExact ? CommonCharacters(x.StreetLetterCounts, y.StreetLetterCounts) : int.MaxValue;

    private static int CommonCharacters(ulong a, ulong b)
    {
        int common = 0;
        for (int slot = 0; slot < 27; slot++)
        {
            common += (int)Math.Min(a & 3, b & 3);
            a >>= 2;
            b >>= 2;
        }

        return common;
    }

    private static (ulong Counts, bool Exact) CountLetters(string text)
    {
        ulong counts = 0;
        bool exact = true;
        foreach (char c in text)
        {
            int slot = c is >= 'a' and <= 'z' ? c - 'a' : 26;
            ulong current = (counts >> (slot * 2)) & 3;
            if (current == 3)
            {
                exact = false;
                continue;
            }

            counts += 1UL << (slot * 2);
        }

        return (counts, exact);
    }

    public string Phonetic { get; } = string.Empty;

    public int VariantGroup { get; } = -1;

    public char Initial { get; }

    public DateOfBirth Date { get; }

    /// <summary>Days since 0001-01-01, or int.MinValue for dates that are not real calendar dates.</summary>
    public int DayNumber { get; } = int.MinValue;

    /// <summary>Postcode sector, email local part or address house number.</summary>
    public string? Secondary { get; }

    /// <summary>Postcode district or email domain.</summary>
    public string? Tertiary { get; }

    public bool IsUkPostcode { get; }

    /// <summary>Sorted distinct token hashes of an address without its house number.</summary>
    public int[] Tokens { get; } = [];

    /// <summary>An address without its house number.</summary>
    public string Street { get; } = string.Empty;

    private static int[] HashTokens(string text, string? skip)
    {
        var hashes = new SortedSet<int>();
        foreach (string token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token != skip)
            {
                hashes.Add(StableHash(token));
            }
        }

        return [.. hashes];
    }

    /// <summary>FNV-1a: string.GetHashCode is randomised per process, and token hashes must be reproducible.</summary>
    internal static int StableHash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)hash;
    }
}
