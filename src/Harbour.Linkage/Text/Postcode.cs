namespace Harbour.Linkage.Text;

/// <summary>A postcode folded to upper case without spaces, with its UK sector and district where it has them.</summary>
public readonly record struct Postcode(string Full, string Sector, string District, bool IsUk)
{
    public static Postcode? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[raw.Length];
        int length = 0;
        foreach (char c in raw)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        if (length == 0)
        {
            return null;
        }

        string full = new(buffer[..length]);
        if (IsUkShape(full))
        {
            // The inward code is always digit-letter-letter; the district is everything before it.
            string district = full[..^3];
            return new Postcode(full, full[..^2], district, IsUk: true);
        }

        // Other postcodes (Australian four-digit codes in FEBRL, US ZIP codes) have no sector; the leading
        // digits stand in for a district.
        string prefix = full.Length > 2 ? full[..^1] : full;
        return new Postcode(full, full, prefix, IsUk: false);
    }

    private static bool IsUkShape(string value)
    {
        // Outward code: one or two letters, a digit, then an optional letter or digit; inward: digit letter letter.
        if (value.Length is < 5 or > 7)
        {
            return false;
        }

        ReadOnlySpan<char> inward = value.AsSpan(value.Length - 3);
        if (!char.IsAsciiDigit(inward[0]) || !char.IsAsciiLetter(inward[1]) || !char.IsAsciiLetter(inward[2]))
        {
            return false;
        }

        ReadOnlySpan<char> outward = value.AsSpan(0, value.Length - 3);
        if (!char.IsAsciiLetter(outward[0]))
        {
            return false;
        }

        int index = char.IsAsciiLetter(outward[1]) ? 2 : 1;
        return index < outward.Length && char.IsAsciiDigit(outward[index]) && outward.Length - index <= 2;
    }
}
