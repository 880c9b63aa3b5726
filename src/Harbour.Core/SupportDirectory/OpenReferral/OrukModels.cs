using System.Text.Json.Serialization;

namespace Harbour.Core.SupportDirectory.OpenReferral;

// The Open Referral UK 3.0 (HSDS UK profile) shapes Harbour serves. Names follow the standard's snake_case through the
// serializer's naming policy; a missing value is left out (the schemas never allow null).
#pragma warning disable CA1707, SA1402 // The standard's shapes, kept together.

public sealed record OrukApiInfo(string Version, string Profile, string OpenapiUrl);

public sealed record OrukPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public sealed record OrukOrganization
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public string? Email { get; init; }

    public string? Website { get; init; }
}

/// <summary>A service as listed (/services): its own fields and its organisation.</summary>
public record OrukServiceSummary
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public string? Email { get; init; }

    public required string Status { get; init; }

    public string? Fees { get; init; }

    public string? Accreditations { get; init; }

    public decimal? MinimumAge { get; init; }

    public decimal? MaximumAge { get; init; }

    public string? AssuredDate { get; init; }

    public string? Alert { get; init; }

    public required string LastModified { get; init; }

    /// <summary>Not in the profile (which allows extra fields): who the service is for, in words.</summary>
    public string? EligibilityDescription { get; init; }

    /// <summary>Not in the profile: "female" or "male" for a single-gender service.</summary>
    public string? Gender { get; init; }

    public required OrukOrganization Organization { get; init; }
}

/// <summary>A service with everything nested (/services/{id}).</summary>
public sealed record OrukService : OrukServiceSummary
{
    public required IReadOnlyList<OrukSchedule> Schedules { get; init; }

    public required IReadOnlyList<OrukServiceArea> ServiceAreas { get; init; }

    public required IReadOnlyList<OrukServiceAtLocation> ServiceAtLocations { get; init; }

    public required IReadOnlyList<OrukLanguage> Languages { get; init; }

    public required IReadOnlyList<OrukFunding> Funding { get; init; }

    public required IReadOnlyList<OrukCostOption> CostOptions { get; init; }

    public required IReadOnlyList<OrukContact> Contacts { get; init; }

    public required IReadOnlyList<OrukAttribute> Attributes { get; init; }

    /// <summary>Not in the profile (which allows extra fields): the service's phone numbers.</summary>
    public required IReadOnlyList<OrukPhone> Phones { get; init; }
}

public sealed record OrukSchedule(Guid Id, Guid ServiceId, string Freq, string? Byday, string? OpensAt, string? ClosesAt, string? Description);

public sealed record OrukServiceArea(Guid Id, Guid ServiceId, string Name, string? Extent, string? ExtentType);

public sealed record OrukServiceAtLocation(Guid Id, Guid ServiceId, Guid LocationId, OrukLocation Location);

public sealed record OrukLocation
{
    public required Guid Id { get; init; }

    public required string LocationType { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public decimal? Latitude { get; init; }

    public decimal? Longitude { get; init; }

    public IReadOnlyList<OrukAddress>? Addresses { get; init; }

    public IReadOnlyList<OrukAccessibility>? Accessibility { get; init; }
}

public sealed record OrukAddress(Guid Id, Guid LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record OrukAccessibility(Guid Id, Guid LocationId, string Description);

public sealed record OrukLanguage(Guid Id, Guid ServiceId, string Name, string Code);

public sealed record OrukFunding(Guid Id, Guid ServiceId, string Source);

public sealed record OrukCostOption(Guid Id, Guid ServiceId, string Option, decimal? Amount, string? AmountDescription);

public sealed record OrukContact(Guid Id, Guid ServiceId, string? Name, string? Title);

public sealed record OrukPhone(Guid Id, Guid ServiceId, string Number, string? Description);

public sealed record OrukAttribute(Guid Id, Guid LinkId, Guid TaxonomyTermId, string LinkType, OrukTaxonomyTerm TaxonomyTerm);

public sealed record OrukTaxonomyTerm
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public Guid? ParentId { get; init; }

    public string? Taxonomy { get; init; }

    public required Guid TaxonomyId { get; init; }

    public string? Term { get; init; }
}

public sealed record OrukTaxonomy
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public string? Uri { get; init; }

    public string? Version { get; init; }
}

/// <summary>A service at a location as listed (/service_at_locations).</summary>
public sealed record OrukServiceAtLocationSummary(Guid Id, Guid ServiceId, Guid LocationId, OrukLocation Location, OrukServiceSummary Service);

/// <summary>A service at a location with its service nested (/service_at_locations/{id}).</summary>
public sealed record OrukServiceAtLocationDetail(Guid Id, Guid ServiceId, Guid LocationId, OrukLocation Location, OrukService Service);
