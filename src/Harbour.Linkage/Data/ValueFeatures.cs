using System.Numerics;
using System.Runtime.CompilerServices;

namespace Harbour.Linkage.Data;

/// <summary>
/// What the comparison hot path reads about one distinct value, kept flat in one array per pool so that most
/// pairs are decided from two 32-byte entries without touching a string or an object: a letter profile that
/// bounds edit distance and Jaro similarity, the length, and interned ids of the parts compared for equality.
/// </summary>
internal readonly struct ValueFeatures
{
    private const ulong Saturated = 1UL << 63;
    private const ulong UkPostcode = 1UL << 62;

    /// <summary>
    /// Letters a–u as three-bit thermometer codes (a count of c sets the c low bits of the letter's slot,
    /// saturating at 3), so the letters two values share are the set bits of an AND.
    /// </summary>
    private readonly ulong _lettersLow;

    /// <summary>
    /// Letters v–z and "any other character" the same way in the low 18 bits; the top bit marks a saturated
    /// count and the next one a UK postcode (flags live here to keep an entry at 32 bytes, two per cache line).
    /// </summary>
    private readonly ulong _lettersHigh;

    /// <summary>Characters in the text (for addresses, in the street without its house number).</summary>
    public readonly int Length;

    /// <summary>Name variant group, postcode sector, email local part or house number, interned; -1 when none.</summary>
    public readonly int Part;

    /// <summary>Double Metaphone primary key or postcode district, interned; -1 when none.</summary>
    public readonly int Coarse;

    /// <summary>Double Metaphone alternate key, interned (the primary's id when there is no other); -1 when none.</summary>
    public readonly int CoarseAlternate;

    public readonly char Initial;

    public bool IsUkPostcode => (_lettersHigh & UkPostcode) != 0;

    public ValueFeatures(string profiled, char initial, int part, int coarse, int coarseAlternate = -1, bool isUkPostcode = false)
    {
        (_lettersLow, _lettersHigh) = Profile(profiled);
        _lettersHigh |= isUkPostcode ? UkPostcode : 0;
        Length = profiled.Length;
        Initial = initial;
        Part = part;
        Coarse = coarse;
        CoarseAlternate = coarseAlternate;
    }

    /// <summary>
    /// An upper bound on the characters two values have in common (the size of the intersection of their
    /// character multisets), or int.MaxValue when a saturated count makes it unknowable cheaply.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CommonCharactersBound(in ValueFeatures x, in ValueFeatures y)
    {
        ulong high = x._lettersHigh & y._lettersHigh & ~(Saturated | UkPostcode);
        if (((x._lettersHigh | y._lettersHigh) & Saturated) != 0)
        {
            return int.MaxValue;
        }

        return BitOperations.PopCount(x._lettersLow & y._lettersLow) + BitOperations.PopCount(high);
    }

    private static (ulong Low, ulong High) Profile(string text)
    {
        Span<int> counts = stackalloc int[27];
        counts.Clear();
        bool saturated = false;
        foreach (char c in text)
        {
            int slot = c is >= 'a' and <= 'z' ? c - 'a' : 26;
            if (counts[slot] == 3)
            {
                saturated = true;
                continue;
            }

            counts[slot]++;
        }

        ulong low = 0;
        ulong high = saturated ? Saturated : 0;
        for (int slot = 0; slot < 27; slot++)
        {
            ulong code = (1UL << counts[slot]) - 1;
            if (slot < 21)
            {
                low |= code << (slot * 3);
            }
            else
            {
                high |= code << ((slot - 21) * 3);
            }
        }

        return (low, high);
    }
}
