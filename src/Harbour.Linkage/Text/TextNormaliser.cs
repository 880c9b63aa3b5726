using System.Text;
using AnyAscii;

namespace Harbour.Linkage.Text;

/// <summary>Folds free text to a comparable form: ASCII, lower case, letters and digits, single spaces.</summary>
public static class TextNormaliser
{
    /// <summary>
    /// Transliterates to ASCII (so "Nguyễn" and "Nguyen", "Łukasz" and "Lukasz" agree), lower-cases, turns
    /// punctuation into spaces and collapses runs of spaces. Apostrophes are dropped so "O'Brien" is "obrien".
    /// </summary>
    public static string Normalise(string? raw, bool keepDigits = true)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        string ascii = IsAscii(raw) ? raw : raw.Transliterate();
        var builder = new StringBuilder(ascii.Length);
        bool pendingSpace = false;
        foreach (char c in ascii)
        {
            if (char.IsAsciiLetter(c) || (keepDigits && char.IsAsciiDigit(c)))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '`' or '\u2019')
            {
                // Apostrophes join: O'Brien and OBrien are the same name.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A name folded to letters only; spaces inside compound names are removed.</summary>
    public static string NormaliseName(string? raw)
    {
        string folded = Normalise(raw, keepDigits: false);
        return folded.Contains(' ', StringComparison.Ordinal) ? folded.Replace(" ", string.Empty, StringComparison.Ordinal) : folded;
    }

    private static bool IsAscii(string value)
    {
        foreach (char c in value)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}
