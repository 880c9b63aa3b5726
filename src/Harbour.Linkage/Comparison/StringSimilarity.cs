using System.Buffers;
using System.Runtime.CompilerServices;

namespace Harbour.Linkage.Comparison;

/// <summary>
/// Allocation-free string similarity measures used on the comparison hot path.
/// </summary>
[SkipLocalsInit] // Buffers are cleared explicitly to their used length; zeroing the whole stack buffer per pair is wasted work.
public static class StringSimilarity
{
    private const int StackLimit = 128;

    /// <summary>Jaro similarity in [0, 1].</summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1.0;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0.0;
        }

        if (a.SequenceEqual(b))
        {
            return 1.0;
        }

        int window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        bool[]? rentedA = null;
        bool[]? rentedB = null;
        Span<bool> matchedA = a.Length <= StackLimit ? stackalloc bool[a.Length] : (rentedA = ArrayPool<bool>.Shared.Rent(a.Length));
        Span<bool> matchedB = b.Length <= StackLimit ? stackalloc bool[b.Length] : (rentedB = ArrayPool<bool>.Shared.Rent(b.Length));
        matchedA = matchedA[..a.Length];
        matchedB = matchedB[..b.Length];
        matchedA.Clear();
        matchedB.Clear();

        int matches = 0;
        for (int i = 0; i < a.Length; i++)
        {
            int start = Math.Max(0, i - window);
            int end = Math.Min(b.Length - 1, i + window);
            for (int j = start; j <= end; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        double result = 0.0;
        if (matches > 0)
        {
            int transpositions = 0;
            int k = 0;
            for (int i = 0; i < a.Length; i++)
            {
                if (!matchedA[i])
                {
                    continue;
                }

                while (!matchedB[k])
                {
                    k++;
                }

                if (a[i] != b[k])
                {
                    transpositions++;
                }

                k++;
            }

            double m = matches;
            result = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2)) / m)) / 3.0;
        }

        if (rentedA is not null)
        {
            ArrayPool<bool>.Shared.Return(rentedA);
        }

        if (rentedB is not null)
        {
            ArrayPool<bool>.Shared.Return(rentedB);
        }

        return result;
    }

    /// <summary>Jaro–Winkler similarity with the standard prefix scale 0.1 and prefix up to 4.</summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        double jaro = Jaro(a, b);
        if (jaro <= 0.7)
        {
            return jaro;
        }

        int prefix = 0;
        int limit = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1.0 - jaro));
    }

    /// <summary>
    /// Damerau–Levenshtein distance (optimal string alignment: adjacent transpositions count as one edit).
    /// </summary>
    public static int DamerauLevenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        int width = b.Length + 1;
        int[]? rented = null;
        Span<int> rows = width * 3 <= StackLimit * 3
            ? stackalloc int[width * 3]
            : (rented = ArrayPool<int>.Shared.Rent(width * 3));
        Span<int> previous2 = rows.Slice(0, width);
        Span<int> previous = rows.Slice(width, width);
        Span<int> current = rows.Slice(width * 2, width);
        for (int j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            // Rotate the three rows without copying.
            Span<int> recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        int distance = previous[b.Length];
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        return distance;
    }

    /// <summary>
    /// True when the Damerau–Levenshtein (optimal string alignment) distance is at most <paramref name="maxEdits"/>.
    /// Only the diagonal band of width 2k + 1 is computed and the scan stops as soon as a row exceeds k, so
    /// it costs O(n·k) rather than O(n·m).
    /// </summary>
    public static bool WithinEdits(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int maxEdits)
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits)
        {
            return false;
        }

        if (a.Length > StackLimit || b.Length > StackLimit)
        {
            return DamerauLevenshtein(a, b) <= maxEdits;
        }

        int width = b.Length + 1;
        int outside = maxEdits + 1;
        Span<int> rows = stackalloc int[width * 3];
        Span<int> previous2 = rows.Slice(0, width);
        Span<int> previous = rows.Slice(width, width);
        Span<int> current = rows.Slice(width * 2, width);
        previous2.Fill(outside);
        for (int j = 0; j < width; j++)
        {
            previous[j] = j <= maxEdits ? j : outside;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int from = Math.Max(1, i - maxEdits);
            int to = Math.Min(b.Length, i + maxEdits);

            // Only the cells just outside the band are read; mark them rather than clearing the whole row.
            current[from - 1] = i <= maxEdits ? i : outside;
            if (to < b.Length)
            {
                current[to + 1] = outside;
            }

            int rowMinimum = i <= maxEdits ? i : outside;
            for (int j = from; j <= to; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                value = Math.Min(value, outside);
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > maxEdits)
            {
                return false;
            }

            Span<int> recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length] <= maxEdits;
    }

    /// <summary>
    /// True when the strings differ by at most one insertion, deletion, substitution or adjacent transposition.
    /// Linear time, so it is used before the full distance on the hot path.
    /// </summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int lengthDifference = a.Length - b.Length;
        if (lengthDifference is > 1 or < -1)
        {
            return false;
        }

        int prefix = 0;
        int shorter = Math.Min(a.Length, b.Length);
        while (prefix < shorter && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        ReadOnlySpan<char> restA = a[prefix..];
        ReadOnlySpan<char> restB = b[prefix..];
        if (lengthDifference == 0)
        {
            if (restA[1..].SequenceEqual(restB[1..]))
            {
                return true;
            }

            return restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]);
        }

        return lengthDifference > 0 ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }

    /// <summary>Jaccard similarity of two sets of token hashes, each sorted ascending and free of duplicates.</summary>
    public static double Jaccard(ReadOnlySpan<int> sortedA, ReadOnlySpan<int> sortedB)
    {
        if (sortedA.Length == 0 && sortedB.Length == 0)
        {
            return 1.0;
        }

        int i = 0;
        int j = 0;
        int common = 0;
        while (i < sortedA.Length && j < sortedB.Length)
        {
            int comparison = sortedA[i].CompareTo(sortedB[j]);
            if (comparison == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (comparison < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (sortedA.Length + sortedB.Length - common);
    }

    /// <summary>Jaccard similarity of the padded character bigram sets of two strings.</summary>
    public static double QGramJaccard(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1.0;
        }

        Span<int> gramsA = a.Length + 1 <= StackLimit ? stackalloc int[a.Length + 1] : new int[a.Length + 1];
        Span<int> gramsB = b.Length + 1 <= StackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        int countA = FillBigrams(a, gramsA);
        int countB = FillBigrams(b, gramsB);
        return Jaccard(gramsA[..countA], gramsB[..countB]);
    }

    private static int FillBigrams(ReadOnlySpan<char> text, Span<int> grams)
    {
        char previous = '^';
        for (int i = 0; i < text.Length; i++)
        {
            grams[i] = (previous << 16) | text[i];
            previous = text[i];
        }

        grams[text.Length] = (previous << 16) | '$';
        grams.Sort();
        int unique = 0;
        for (int i = 0; i < grams.Length; i++)
        {
            if (unique == 0 || grams[unique - 1] != grams[i])
            {
                grams[unique++] = grams[i];
            }
        }

        return unique;
    }
}
