namespace Harbour.Linkage.Data;

/// <summary>
/// One raw record as an agency reported it. Values are kept as reported; the engine normalises them.
/// </summary>
public sealed record PersonRecord(string Id)
{
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? DateOfBirth { get; init; }
    public string? Gender { get; init; }
    public string? Postcode { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }
    public string? Town { get; init; }
    public string? Nationality { get; init; }
    public string? Identifier { get; init; }

    public string? Get(FieldRole role) => role switch
    {
        FieldRole.GivenName => GivenName,
        FieldRole.FamilyName => FamilyName,
        FieldRole.DateOfBirth => DateOfBirth,
        FieldRole.Gender => Gender,
        FieldRole.Postcode => Postcode,
        FieldRole.Phone => Phone,
        FieldRole.Email => Email,
        FieldRole.Address => Address,
        FieldRole.Town => Town,
        FieldRole.Nationality => Nationality,
        FieldRole.Identifier => Identifier,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public PersonRecord With(FieldRole role, string? value) => role switch
    {
        FieldRole.GivenName => this with { GivenName = value },
        FieldRole.FamilyName => this with { FamilyName = value },
        FieldRole.DateOfBirth => this with { DateOfBirth = value },
        FieldRole.Gender => this with { Gender = value },
        FieldRole.Postcode => this with { Postcode = value },
        FieldRole.Phone => this with { Phone = value },
        FieldRole.Email => this with { Email = value },
        FieldRole.Address => this with { Address = value },
        FieldRole.Town => this with { Town = value },
        FieldRole.Nationality => this with { Nationality = value },
        FieldRole.Identifier => this with { Identifier = value },
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
