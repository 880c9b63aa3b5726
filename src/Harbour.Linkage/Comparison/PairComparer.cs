using System.Runtime.CompilerServices;
using Harbour.Linkage.Data;
using Harbour.Linkage.Text;
using static Harbour.Linkage.Comparison.ComparisonLevels;

namespace Harbour.Linkage.Comparison;

/// <summary>
/// Compares two records of a <see cref="RecordTable"/> field by field and returns the comparison level of each
/// field packed four bits per field into one <see cref="ulong"/> (a "comparison vector"). This is the hot path:
/// it reads integer value ids and compares strings only when the ids differ.
/// </summary>
public sealed class PairComparer
{
    public const int BitsPerField = 4;

    private readonly Column[] _columns;
    private readonly int _given = -1;
    private readonly int _family = -1;

    public PairComparer(RecordTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        Fields = [.. table.Roles];
        _columns = [.. Fields.Select(role => table.Column(role)!)];
        _given = Array.IndexOf(Fields, FieldRole.GivenName);
        _family = Array.IndexOf(Fields, FieldRole.FamilyName);
    }

    public RecordTable Table { get; }

    /// <summary>The compared fields in the order of their four-bit slots in a comparison vector.</summary>
    public FieldRole[] Fields { get; }

    public static int LevelOf(ulong vector, int field) => (int)((vector >> (field * BitsPerField)) & 0xF);

    public ulong Compare(int a, int b)
    {
        int[] rows = Table.RowKeys;
        int stride = _columns.Length;
        ReadOnlySpan<int> idsA = rows.AsSpan(a * stride, stride);
        ReadOnlySpan<int> idsB = rows.AsSpan(b * stride, stride);
        ulong vector = 0;
        bool swapped = _given >= 0 && _family >= 0 && AreNamesSwapped(idsA[_given], idsB[_given], idsA[_family], idsB[_family]);
        for (int field = 0; field < stride; field++)
        {
            ulong level = swapped && (field == _given || field == _family)
                ? NameSwapped
                : CompareField(_columns[field], idsA[field], idsB[field]);
            vector |= level << (field * BitsPerField);
        }

        return vector;
    }

    private bool AreNamesSwapped(int givenA, int givenB, int familyA, int familyB)
    {
        if (givenA < 0 || givenB < 0 || familyA < 0 || familyB < 0 || givenA == givenB || familyA == familyB)
        {
            return false;
        }

        // Given and family names share one value pool, so equal ids across the two fields mean equal names.
        // One of the two crossed names must be equal; the other may carry a typo.
        bool crossOne = givenA == familyB;
        bool crossTwo = familyA == givenB;
        if (!crossOne && !crossTwo)
        {
            return false;
        }

        ValuePool pool = _columns[_given].Pool;
        return crossOne
            ? crossTwo || WithinOneEdit(pool, familyA, givenB)
            : WithinOneEdit(pool, givenA, familyB);
    }

    /// <summary>Compares one field of two records given their keys in <see cref="RecordTable.RowKeys"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte CompareField(Column column, int idA, int idB)
    {
        if (idA < 0 || idB < 0)
        {
            return Missing;
        }

        if (column.Role == FieldRole.DateOfBirth)
        {
            return CompareDates(idA, idB);
        }

        ValuePool pool = column.Pool;
        if (idA == idB)
        {
            return Exact;
        }

        return column.Role switch
        {
            FieldRole.GivenName or FieldRole.FamilyName => CompareNames(pool, idA, idB),
            FieldRole.Postcode => ComparePostcodes(pool, idA, idB),
            FieldRole.Email => CompareEmails(pool, idA, idB),
            FieldRole.Address => CompareAddresses(pool, idA, idB),
            FieldRole.Phone or FieldRole.Identifier => WithinOneEdit(pool, idA, idB) ? Close : CloseDifferent,
            FieldRole.Town => WithinOneEdit(pool, idA, idB) || (MaxJaro(pool, idA, idB) >= 0.86 && StringSimilarity.JaroWinkler(pool.Texts[idA], pool.Texts[idB]) >= 0.92)
                ? Close
                : CloseDifferent,
            _ => ExactOnlyDifferent,
        };
    }

    /// <summary>
    /// <see cref="StringSimilarity.WithinOneEdit"/>, reading the strings only when the lengths and the letters
    /// the values share allow it: one edit leaves at most one character of the longer value unmatched.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool WithinOneEdit(ValuePool pool, int idA, int idB) => WithinEdits(pool, idA, idB, 1);

    private static bool WithinEdits(ValuePool pool, int idA, int idB, int edits)
    {
        ref readonly ValueFeatures x = ref pool.Features[idA];
        ref readonly ValueFeatures y = ref pool.Features[idB];
        int longer = Math.Max(x.Length, y.Length);
        if (longer - Math.Min(x.Length, y.Length) > edits || ValueFeatures.CommonCharactersBound(x, y) < longer - edits)
        {
            return false;
        }

        string[] texts = pool.Texts;
        return edits == 1 ? StringSimilarity.WithinOneEdit(texts[idA], texts[idB]) : StringSimilarity.WithinEdits(texts[idA], texts[idB], edits);
    }

    /// <summary>The largest Jaro similarity two values could have, given their lengths and the characters they share.</summary>
    private static double MaxJaro(ValuePool pool, int idA, int idB)
    {
        ref readonly ValueFeatures x = ref pool.Features[idA];
        ref readonly ValueFeatures y = ref pool.Features[idB];
        return MaxJaro(x, y);
    }

    private static double MaxJaro(in ValueFeatures x, in ValueFeatures y)
    {
        int lengthA = x.Length;
        int lengthB = y.Length;
        if (lengthA == 0 || lengthB == 0)
        {
            return lengthA == lengthB ? 1 : 0;
        }

        double common = Math.Min(ValueFeatures.CommonCharactersBound(x, y), Math.Min(lengthA, lengthB));
        return common == 0 ? 0 : ((common / lengthA) + (common / lengthB) + 1.0) / 3.0;
    }

    /// <summary>Double Metaphone: the names sound alike when a key of one equals either key of the other.</summary>
    private static bool SoundAlike(in ValueFeatures x, in ValueFeatures y) =>
        x.Coarse >= 0 && y.Coarse >= 0
        && (x.Coarse == y.Coarse || x.Coarse == y.CoarseAlternate || x.CoarseAlternate == y.Coarse || x.CoarseAlternate == y.CoarseAlternate);

    internal static byte CompareNames(ValuePool pool, int idA, int idB)
    {
        ref readonly ValueFeatures x = ref pool.Features[idA];
        ref readonly ValueFeatures y = ref pool.Features[idB];
        if (x.Part >= 0 && x.Part == y.Part)
        {
            return NameVariant;
        }

        if (x.Length == 1 || y.Length == 1)
        {
            return x.Initial == y.Initial ? NameInitial : NameDifferent;
        }

        if (WithinOneEdit(pool, idA, idB))
        {
            return NameTypo;
        }

        // Jaro–Winkler ≥ 0.88 needs Jaro ≥ 0.8; skip it when the letters the names share cannot reach that.
        string[] texts = pool.Texts;
        double jaroWinkler = MaxJaro(x, y) >= 0.8 ? StringSimilarity.JaroWinkler(texts[idA], texts[idB]) : 0;
        if (jaroWinkler >= 0.94)
        {
            return NameTypo;
        }

        if (jaroWinkler >= 0.88 || SoundAlike(x, y))
        {
            return NameSimilar;
        }

        // A shortened name ("Alex" for "Alexandru") that is not in the variant table: the shorter's letters are all in the longer.
        int shorter = Math.Min(x.Length, y.Length);
        if (shorter >= 3 && x.Initial == y.Initial && ValueFeatures.CommonCharactersBound(x, y) >= shorter)
        {
            string a = texts[idA];
            string b = texts[idB];
            if (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
            {
                return NameSimilar;
            }
        }

        return NameDifferent;
    }

    /// <summary>Compares two dates given as yyyymmdd (0 for an unknown month or day).</summary>
    internal static byte CompareDates(int a, int b)
    {
        int yearA = a / 10000, monthA = a / 100 % 100, dayOfMonthA = a % 100;
        int yearB = b / 10000, monthB = b / 100 % 100, dayOfMonthB = b % 100;
        if (IsPlaceholder(monthA, dayOfMonthA) || IsPlaceholder(monthB, dayOfMonthB))
        {
            // 1 January or a bare year says little more than the year.
            return YearsApart(yearA, yearB);
        }

        if (a == b)
        {
            return Exact;
        }

        if (yearA == yearB && monthA == dayOfMonthB && dayOfMonthA == monthB)
        {
            return DateDayMonthSwapped;
        }

        if (OneDigitOff(a, b))
        {
            return DateOneDigit;
        }

        if (DayNumber(yearA, monthA, dayOfMonthA) is int dayA && DayNumber(yearB, monthB, dayOfMonthB) is int dayB && Math.Abs(dayA - dayB) <= 365)
        {
            return DateWithinYear;
        }

        return YearsApart(yearA, yearB);
    }

    private static byte YearsApart(int yearA, int yearB) =>
        yearA == yearB ? DateSameYear : Math.Abs(yearA - yearB) <= 10 ? DateWithinTenYears : DateDifferent;

    private static int? DayNumber(int year, int month, int day) => new DateOfBirth(year, month, day).DayNumber;

    private static bool IsPlaceholder(int month, int day) => (month == 1 && day == 1) || month == 0 || day == 0;

    /// <summary>True when the eight digits differ in one place or by swapping two neighbouring digits.</summary>
    private static bool OneDigitOff(int a, int b)
    {
        int differing = 0;
        int first = -1;
        Span<int> digitsA = stackalloc int[8];
        Span<int> digitsB = stackalloc int[8];
        for (int position = 0; position < 8; position++)
        {
            digitsA[position] = a % 10;
            digitsB[position] = b % 10;
            a /= 10;
            b /= 10;
            if (digitsA[position] != digitsB[position])
            {
                differing++;
                first = first < 0 ? position : first;
            }
        }

        return differing == 1
            || (differing == 2 && first < 7
                && digitsA[first] == digitsB[first + 1] && digitsA[first + 1] == digitsB[first]);
    }

    internal static byte ComparePostcodes(ValuePool pool, int idA, int idB)
    {
        ref readonly ValueFeatures x = ref pool.Features[idA];
        ref readonly ValueFeatures y = ref pool.Features[idB];
        if (x.IsUkPostcode && y.IsUkPostcode)
        {
            if (x.Part == y.Part)
            {
                return PostcodeSector;
            }

            return x.Coarse == y.Coarse ? PostcodeDistrict : PostcodeDifferent;
        }

        if (WithinOneEdit(pool, idA, idB))
        {
            return PostcodeSector;
        }

        return x.Coarse == y.Coarse ? PostcodeDistrict : PostcodeDifferent;
    }

    internal static byte CompareEmails(ValuePool pool, int idA, int idB)
    {
        ref readonly ValueFeatures x = ref pool.Features[idA];
        ref readonly ValueFeatures y = ref pool.Features[idB];
        if (x.Part == y.Part)
        {
            return EmailSameLocalPart;
        }

        if (Math.Abs(x.Length - y.Length) > 2)
        {
            return EmailDifferent;
        }

        if (WithinOneEdit(pool, idA, idB))
        {
            return EmailSameLocalPart;
        }

        // Addresses built from names look alike for namesakes, so similarity means a couple of typos, not Jaro–Winkler.
        return WithinEdits(pool, idA, idB, 2) ? EmailSimilar : EmailDifferent;
    }

    internal static byte CompareAddresses(ValuePool pool, int idA, int idB)
    {
        ref readonly ValueFeatures x = ref pool.Features[idA];
        ref readonly ValueFeatures y = ref pool.Features[idB];
        bool numbersKnown = x.Part >= 0 && y.Part >= 0;
        bool numbersAgree = numbersKnown && x.Part == y.Part;
        if (numbersKnown && !numbersAgree)
        {
            // Same street, different house: a different address.
            return AddressDifferent;
        }

        ValueInfo a = pool.Values[idA];
        ValueInfo b = pool.Values[idB];
        double similarity = StringSimilarity.Jaccard(a.Tokens, b.Tokens);
        if (similarity < 0.5)
        {
            // The features of an address describe its street, without the house number.
            similarity = Math.Max(similarity, MaxJaro(x, y) >= 0.86 && StringSimilarity.JaroWinkler(a.Street, b.Street) >= 0.92 ? 0.5 : 0);
        }

        if (similarity >= 0.5)
        {
            return numbersAgree ? AddressSameNumberSimilar : AddressSimilar;
        }

        return AddressDifferent;
    }
}
