namespace Harbour.Linkage.Comparison;

/// <summary>
/// The ordered comparison levels of each field. Level 0 is always "missing" (no evidence either way) and the
/// last level is always "different".
/// </summary>
public static class ComparisonLevels
{
    public const byte Missing = 0;
    public const byte Exact = 1;

    // Names
    public const byte NameSwapped = 2;
    public const byte NameVariant = 3;
    public const byte NameTypo = 4;
    public const byte NameSimilar = 5;
    public const byte NameInitial = 6;
    public const byte NameDifferent = 7;

    // Dates of birth
    public const byte DateDayMonthSwapped = 2;
    public const byte DateOneDigit = 3;
    public const byte DateWithinYear = 4;
    public const byte DateSameYear = 5;
    public const byte DateWithinTenYears = 6;

    /// <summary>More than ten years apart: a parent and a child who share a name, rarely one person's typo.</summary>
    public const byte DateDifferent = 7;

    // Postcodes
    public const byte PostcodeSector = 2;
    public const byte PostcodeDistrict = 3;
    public const byte PostcodeDifferent = 4;

    // Email
    public const byte EmailSameLocalPart = 2;
    public const byte EmailSimilar = 3;
    public const byte EmailDifferent = 4;

    // Address
    public const byte AddressSameNumberSimilar = 2;
    public const byte AddressSimilar = 3;
    public const byte AddressDifferent = 4;

    // Two-level fuzzy fields: phone, town, identifier
    public const byte Close = 2;
    public const byte CloseDifferent = 3;

    // Exact-only fields: gender, nationality
    public const byte ExactOnlyDifferent = 2;

    public static IReadOnlyList<string> Names(FieldRole role) => role switch
    {
        FieldRole.GivenName or FieldRole.FamilyName =>
            ["missing", "exact", "given and family swapped", "nickname or variant", "one typo", "similar or sounds alike", "initial only", "different"],
        FieldRole.DateOfBirth =>
            ["missing", "exact", "day and month swapped", "one digit off", "within a year", "same year only", "within ten years", "more than ten years apart"],
        FieldRole.Postcode => ["missing", "exact", "same sector", "same district", "different"],
        FieldRole.Email => ["missing", "exact", "same user name", "similar", "different"],
        FieldRole.Address => ["missing", "exact", "same number, similar street", "similar", "different"],
        FieldRole.Phone or FieldRole.Town or FieldRole.Identifier => ["missing", "exact", "one typo", "different"],
        FieldRole.Gender or FieldRole.Nationality => ["missing", "exact", "different"],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>
    /// How much of the term-frequency adjustment applies at each level: fully on exact agreement, partly on
    /// near agreement (a typo of a common name is still common), not at all elsewhere.
    /// </summary>
    public static double TermFrequencyWeight(FieldRole role, int level) => role switch
    {
        FieldRole.GivenName or FieldRole.FamilyName => level switch
        {
            Exact or NameSwapped => 1.0,
            NameVariant or NameTypo => 0.5,
            _ => 0.0,
        },
        FieldRole.Town or FieldRole.Postcode or FieldRole.Address or FieldRole.DateOfBirth => level == Exact ? 1.0 : 0.0,
        _ => 0.0,
    };
}
