using Harbour.Linkage.Text;

namespace Harbour.Linkage.Data;

/// <summary>
/// What is derived from one distinct normalised value, computed once per value rather than once per pair. The
/// hot path reads the flat <see cref="ValueFeatures"/> instead, and comes here only for address tokens.
/// </summary>
internal sealed class ValueInfo
{
    public ValueInfo(FieldRole role, string text)
    {
        Text = text;
        switch (role)
        {
            case FieldRole.GivenName or FieldRole.FamilyName:
                (SoundsLike, SoundsLikeAlternate) = DoubleMetaphone.Encode(text);
                VariantGroup = NameVariants.GroupOf(text);
                break;
            case FieldRole.DateOfBirth:
                Date = new DateOfBirth(int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(text[4..6], System.Globalization.CultureInfo.InvariantCulture), int.Parse(text[6..8], System.Globalization.CultureInfo.InvariantCulture));
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
                break;
        }
    }

    public string Text { get; }

    /// <summary>Double Metaphone primary and alternate keys (names only).</summary>
    public string SoundsLike { get; } = string.Empty;

    public string SoundsLikeAlternate { get; } = string.Empty;

    public int VariantGroup { get; } = -1;

    public DateOfBirth Date { get; }

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
