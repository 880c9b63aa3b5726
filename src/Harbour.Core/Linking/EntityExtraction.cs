using System.Globalization;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Linkage.Text;

namespace Harbour.Core.Linking;

/// <summary>One entity a concern names, before it is matched to the entities already known.</summary>
public sealed record ExtractedMention(EntityKind Kind, MentionRole Role, string Value, string? Key, MentionedPerson? Person);

/// <summary>
/// Reads the people, phones, addresses, vehicles and businesses out of a concern, with the normalised key that makes
/// two agencies' spellings of one phone, address, plate or business the same entity.
/// </summary>
public static class EntityExtraction
{
    public static IReadOnlyList<ExtractedMention> From(Concern concern)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var mentions = new List<ExtractedMention>();
        var person = concern.Person;
        mentions.Add(new ExtractedMention(EntityKind.Person, MentionRole.PersonAtRisk, person.DisplayName, null, new MentionedPerson
        {
            GivenName = person.GivenNames,
            FamilyName = person.FamilyName,
            DateOfBirth = person.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Gender = person.Gender,
            Postcode = person.Postcode,
            Phone = person.Phone,
            Address = person.Address,
            Nationality = person.Nationality,
        }));
        AddContact(mentions, MentionRole.PersonAtRisk, person.Phone, person.Address, person.Postcode);

        foreach (var other in concern.OtherPeople)
        {
            var role = other.Role == InvolvementRole.SuspectedExploiter ? MentionRole.SuspectedExploiter : MentionRole.OtherPerson;
            if (!string.IsNullOrWhiteSpace(other.Name))
            {
                var (given, family) = SplitName(other.Name);
                mentions.Add(new ExtractedMention(EntityKind.Person, role, other.Name.Trim(), null, new MentionedPerson
                {
                    GivenName = given,
                    FamilyName = family,
                    Phone = other.Phone,
                    Address = other.Address,
                    Postcode = other.Postcode,
                }));
            }

            AddContact(mentions, role, other.Phone, other.Address, other.Postcode);
            foreach (var plate in other.VehicleRegistrations)
            {
                Add(mentions, EntityKind.Vehicle, role, plate, VehicleKey(plate));
            }

            Add(mentions, EntityKind.Business, role, other.Business, BusinessKey(other.Business));
        }

        // One concern names a phone or an address once, however many of its people share it.
        return mentions
            .Select((m, i) => (Mention: m, Group: m.Kind == EntityKind.Person ? $"person:{i}" : $"{m.Kind}:{m.Key}"))
            .GroupBy(m => m.Group, StringComparer.Ordinal)
            .Select(g => g.Select(m => m.Mention).OrderBy(m => m.Role).First())
            .ToList();
    }

    /// <summary>A person added to a case after triage, with their own phone, address, vehicles and business.</summary>
    public static IReadOnlyList<ExtractedMention> From(CasePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var role = person.Role switch
        {
            CasePersonRole.AtRisk => MentionRole.PersonAtRisk,
            CasePersonRole.SuspectedExploiter => MentionRole.SuspectedExploiter,
            _ => MentionRole.OtherPerson,
        };
        var details = person.Details;
        var mentions = new List<ExtractedMention>
        {
            new(EntityKind.Person, role, details.DisplayName, null, new MentionedPerson
            {
                GivenName = details.GivenNames,
                FamilyName = details.FamilyName,
                DateOfBirth = details.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Gender = details.Gender,
                Postcode = details.Postcode,
                Phone = details.Phone,
                Address = details.Address,
                Nationality = details.Nationality,
            }),
        };
        AddContact(mentions, role, details.Phone, details.Address, details.Postcode);
        foreach (var plate in person.VehicleRegistrations)
        {
            Add(mentions, EntityKind.Vehicle, role, plate, VehicleKey(plate));
        }

        Add(mentions, EntityKind.Business, role, person.Business, BusinessKey(person.Business));
        return mentions.DistinctBy(m => m.Kind == EntityKind.Person ? "person" : $"{m.Kind}:{m.Key}").ToList();
    }

    public static string? PhoneKey(string? phone) => FieldNormalisers.Phone(phone);

    /// <summary>An address is the same place when its words (street abbreviations expanded) and its postcode agree.</summary>
    public static string? AddressKey(string? address, string? postcode)
    {
        var words = FieldNormalisers.Address(address);
        var code = Postcode.Parse(postcode)?.Full;
        if (words is null && code is null)
        {
            return null;
        }

        // A postcode alone is an area, not a place.
        return words is null ? null : code is null ? words : $"{words} {code}";
    }

    public static string? VehicleKey(string? plate)
    {
        var key = new string((plate ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return key.Length == 0 ? null : key;
    }

    public static string? BusinessKey(string? business)
    {
        var folded = TextNormaliser.Normalise(business);
        if (folded.Length == 0)
        {
            return null;
        }

        // "Sparkle Hand Car Wash Ltd" and "Sparkle Hand Car Wash Limited" are one business.
        var words = folded.Split(' ').Where(w => w is not ("ltd" or "limited" or "plc" or "llp" or "the" or "co" or "company")).ToArray();
        return words.Length == 0 ? folded : string.Join(' ', words);
    }

    private static void AddContact(List<ExtractedMention> mentions, MentionRole role, string? phone, string? address, string? postcode)
    {
        Add(mentions, EntityKind.Phone, role, phone, PhoneKey(phone));
        var place = string.Join(", ", new[] { address?.Trim(), postcode?.Trim().ToUpperInvariant() }.Where(v => !string.IsNullOrEmpty(v)));
        Add(mentions, EntityKind.Address, role, place, AddressKey(address, postcode));
    }

    private static void Add(List<ExtractedMention> mentions, EntityKind kind, MentionRole role, string? value, string? key)
    {
        if (key is not null && !string.IsNullOrWhiteSpace(value))
        {
            mentions.Add(new ExtractedMention(kind, role, value.Trim(), key, null));
        }
    }

    private static (string? Given, string? Family) SplitName(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 => (null, null),
            1 => (null, parts[0]),
            _ => (string.Join(' ', parts[..^1]), parts[^1]),
        };
    }
}
