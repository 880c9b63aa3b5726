using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Harbour.Linkage.Data;
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
        int[] rows = Table.RowIds;
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
        // One of the two crossed names may carry a typo.
        List<ValueInfo> values = _columns[_given].Pool.Values;
        bool crossOne = givenA == familyB || StringSimilarity.WithinOneEdit(values[givenA].Text, values[familyB].Text);
        bool crossTwo = familyA == givenB || StringSimilarity.WithinOneEdit(values[familyA].Text, values[givenB].Text);
        return crossOne && crossTwo && (givenA == familyB || familyA == givenB);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte CompareField(Column column, int idA, int idB)
    {
        if (idA < 0 || idB < 0)
        {
            return Missing;
        }

        if (column.Role == FieldRole.DateOfBirth)
        {
            ReadOnlySpan<int> digits = CollectionsMarshal.AsSpan(column.Pool.DateDigits);
            ReadOnlySpan<int> days = CollectionsMarshal.AsSpan(column.Pool.DayNumbers);
            return CompareDates(digits[idA], digits[idB], days[idA], days[idB]);
        }

        if (idA == idB)
        {
            return Exact;
        }

        List<ValueInfo> values = column.Pool.Values;
        ValueInfo x = values[idA];
        ValueInfo y = values[idB];
        return column.Role switch
        {
            FieldRole.GivenName or FieldRole.FamilyName => CompareNames(x, y),
            FieldRole.Postcode => ComparePostcodes(x, y),
            FieldRole.Email => CompareEmails(x, y),
            FieldRole.Address => CompareAddresses(x, y),
            FieldRole.Phone or FieldRole.Identifier => StringSimilarity.WithinOneEdit(x.Text, y.Text) ? Close : CloseDifferent,
            FieldRole.Town => StringSimilarity.WithinOneEdit(x.Text, y.Text) || (MaxJaro(x, y) >= 0.86 && StringSimilarity.JaroWinkler(x.Text, y.Text) >= 0.92)
                ? Close
                : CloseDifferent,
            _ => ExactOnlyDifferent,
        };
    }

    /// <summary>The largest Jaro similarity two values could have, given the characters they share.</summary>
    private static double MaxJaro(ValueInfo x, ValueInfo y)
    {
        int lengthA = x.Text.Length;
        int lengthB = y.Text.Length;
        double common = Math.Min(ValueInfo.CommonCharactersBound(x, y), Math.Min(lengthA, lengthB));
        return common == 0 ? 0 : ((common / lengthA) + (common / lengthB) + 1.0) / 3.0;
    }

    /// <summary>The largest Jaro similarity two streets could have, given the characters they share.</summary>
    private static double MaxStreetJaro(ValueInfo x, ValueInfo y)
    {
        int lengthA = x.Street.Length;
        int lengthB = y.Street.Length;
        if (lengthA == 0 || lengthB == 0)
        {
            return lengthA == lengthB ? 1 : 0;
        }

        double common = Math.Min(ValueInfo.CommonStreetCharactersBound(x, y), Math.Min(lengthA, lengthB));
        return common == 0 ? 0 : ((common / lengthA) + (common / lengthB) + 1.0) / 3.0;
    }

    internal static byte CompareNames(ValueInfo x, ValueInfo y)
    {
        if (x.VariantGroup >= 0 && x.VariantGroup == y.VariantGroup)
        {
            return NameVariant;
        }

        string a = x.Text;
        string b = y.Text;
        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0] ? NameInitial : NameDifferent;
        }

        if (StringSimilarity.WithinOneEdit(a, b))
        {
            return NameTypo;
        }

        // Jaro–Winkler ≥ 0.88 needs Jaro ≥ 0.8; skip it when the letters the names share cannot reach that.
        double jaroWinkler = MaxJaro(x, y) >= 0.8 ? StringSimilarity.JaroWinkler(a, b) : 0;
        if (jaroWinkler >= 0.94)
        {
            return NameTypo;
        }

        if (jaroWinkler >= 0.88 || (x.Phonetic.Length > 0 && string.Equals(x.Phonetic, y.Phonetic, StringComparison.Ordinal)))
        {
            return NameSimilar;
        }

        // A shortened name ("Alex" for "Alexandru") that is not in the variant table.
        if (a.Length >= 3 && b.Length >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
        {
            return NameSimilar;
        }

        return NameDifferent;
    }

    /// <summary>Compares two dates given as yyyymmdd (0 for an unknown month or day) and day numbers (int.MinValue if not a real date).</summary>
    internal static byte CompareDates(int a, int b, int dayA, int dayB)
    {
        int yearA = a / 10000, monthA = a / 100 % 100, dayOfMonthA = a % 100;
        int yearB = b / 10000, monthB = b / 100 % 100, dayOfMonthB = b % 100;
        if (IsPlaceholder(monthA, dayOfMonthA) || IsPlaceholder(monthB, dayOfMonthB))
        {
            // 1 January or a bare year says little more than the year.
            return yearA == yearB ? DateSameYear : DateDifferent;
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

        if (dayA != int.MinValue && dayB != int.MinValue && Math.Abs(dayA - dayB) <= 365)
        {
            return DateWithinYear;
        }

        return yearA == yearB ? DateSameYear : DateDifferent;
    }

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

    internal static byte ComparePostcodes(ValueInfo x, ValueInfo y)
    {
        if (x.IsUkPostcode && y.IsUkPostcode)
        {
            if (string.Equals(x.Secondary, y.Secondary, StringComparison.Ordinal))
            {
                return PostcodeSector;
            }

            return string.Equals(x.Tertiary, y.Tertiary, StringComparison.Ordinal) ? PostcodeDistrict : PostcodeDifferent;
        }

        if (StringSimilarity.WithinOneEdit(x.Text, y.Text))
        {
            return PostcodeSector;
        }

        return string.Equals(x.Tertiary, y.Tertiary, StringComparison.Ordinal) ? PostcodeDistrict : PostcodeDifferent;
    }

    internal static byte CompareEmails(ValueInfo x, ValueInfo y)
    {
        if (Math.Abs(x.Text.Length - y.Text.Length) > 2)
        {
            return string.Equals(x.Secondary, y.Secondary, StringComparison.Ordinal) ? EmailSameLocalPart : EmailDifferent;
        }

        if (string.Equals(x.Secondary, y.Secondary, StringComparison.Ordinal) || StringSimilarity.WithinOneEdit(x.Text, y.Text))
        {
            return EmailSameLocalPart;
        }

        // Addresses built from names look alike for namesakes, so similarity means a couple of typos, not Jaro–Winkler.
        return StringSimilarity.WithinEdits(x.Text, y.Text, 2) ? EmailSimilar : EmailDifferent;
    }

    internal static byte CompareAddresses(ValueInfo x, ValueInfo y)
    {
        bool numbersKnown = x.Secondary is not null && y.Secondary is not null;
        bool numbersAgree = numbersKnown && string.Equals(x.Secondary, y.Secondary, StringComparison.Ordinal);
        if (numbersKnown && !numbersAgree)
        {
            // Same street, different house: a different address.
            return AddressDifferent;
        }

        double similarity = StringSimilarity.Jaccard(x.Tokens, y.Tokens);
        if (similarity < 0.5)
        {
            similarity = Math.Max(similarity, MaxStreetJaro(x, y) >= 0.86 && StringSimilarity.JaroWinkler(x.Street, y.Street) >= 0.92 ? 0.5 : 0);
        }

        if (similarity >= 0.5)
        {
            return numbersAgree ? AddressSameNumberSimilar : AddressSimilar;
        }

        return AddressDifferent;
    }
}
