namespace Harbour.Linkage;

/// <summary>The meaning of a column, which decides how it is normalised, compared and blocked on.</summary>
public enum FieldRole
{
    GivenName,
    FamilyName,
    DateOfBirth,
    Gender,
    Postcode,
    Phone,
    Email,
    Address,
    Town,
    Nationality,

    /// <summary>A reference number such as a national insurance or social security number.</summary>
    Identifier,
}
