using Harbour.Core.ReferenceData;

namespace Harbour.Core.SupportDirectory;

/// <summary>
/// The support directory, modelled on Open Referral UK (HSDS UK profile 3.0): organisations, their services, where
/// and when they run, who they are for, and a taxonomy of needs. Seeded from <c>reference-data/support-directory.yaml</c>;
/// a service edited in Harbour is Harbour's from then on (<see cref="ReferenceEntity.ManagedInHarbour"/>).
/// </summary>
public sealed class DirectoryOrganisation : ReferenceEntity
{
    public required string Name { get; set; }

    public required string Description { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    /// <summary>Set when the organisation uses Harbour: referrals to its services then arrive in its inbox.</summary>
    public Guid? HarbourOrganisationId { get; set; }
}

public enum ServiceStatus
{
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}

/// <summary>Who a service is for, when it is only for one gender (for example the Moving On project is for women).</summary>
public enum EligibleGender
{
    Female,
    Male,
}

public sealed class DirectoryService : ReferenceEntity
{
    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public string? Url { get; set; }

    public string? Email { get; set; }

    public ServiceStatus Status { get; set; }

    public string? Fees { get; set; }

    public string? Accreditations { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public EligibleGender? Gender { get; set; }

    public string? EligibilityDescription { get; set; }

    public string? Alert { get; set; }

    /// <summary>When someone last confirmed the entry is right; a reminder falls due 12 months on.</summary>
    public DateOnly LastCheckedOn { get; set; }

    /// <summary>Everything else an Open Referral UK service holds, kept together as one JSON document.</summary>
    public ServiceDetails Details { get; set; } = new();
}

public sealed class ServiceDetails
{
    /// <summary>True for a service anywhere in the UK; otherwise it covers <see cref="AreaCodes"/>.</summary>
    public bool IsNational { get; set; }

    public List<string> AreaCodes { get; set; } = [];

    public List<Guid> TaxonomyTermIds { get; set; } = [];

    public List<ServicePhone> Phones { get; set; } = [];

    public List<ServiceContact> Contacts { get; set; } = [];

    public List<ServiceSchedule> Schedules { get; set; } = [];

    public List<ServiceLanguage> Languages { get; set; } = [];

    public List<ServiceCost> CostOptions { get; set; } = [];

    public List<ServiceFunding> Funding { get; set; } = [];

    public List<ServiceLocation> Locations { get; set; } = [];
}

public sealed class ServicePhone
{
    public Guid Id { get; set; }

    public string Number { get; set; } = "";

    public string? Description { get; set; }
}

public sealed class ServiceContact
{
    public Guid Id { get; set; }

    public string? Name { get; set; }

    public string? Title { get; set; }
}

/// <summary>An opening time in the iCalendar terms Open Referral UK uses (WEEKLY on MO,TU… from 09:00 to 17:00).</summary>
public sealed class ServiceSchedule
{
    public Guid Id { get; set; }

    public string Freq { get; set; } = "WEEKLY";

    public string? ByDay { get; set; }

    public TimeOnly? OpensAt { get; set; }

    public TimeOnly? ClosesAt { get; set; }

    public string? Description { get; set; }
}

public sealed class ServiceLanguage
{
    public Guid Id { get; set; }

    /// <summary>ISO 639 code, for example "en" or "ro".</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class ServiceCost
{
    public Guid Id { get; set; }

    public string Option { get; set; } = "";

    public decimal? Amount { get; set; }

    public string? AmountDescription { get; set; }
}

public sealed class ServiceFunding
{
    public Guid Id { get; set; }

    public string Source { get; set; } = "";
}

/// <summary>Where the service runs: one Open Referral UK service_at_location with its location and address.</summary>
public sealed class ServiceLocation
{
    /// <summary>The service_at_location id.</summary>
    public Guid Id { get; set; }

    public Guid LocationId { get; set; }

    public Guid AddressId { get; set; }

    public Guid AccessibilityId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>physical, postal or virtual.</summary>
    public string LocationType { get; set; } = "physical";

    public string? Description { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    public string? AddressLine1 { get; set; }

    public string? City { get; set; }

    public string? County { get; set; }

    public string? Postcode { get; set; }

    public string? Accessibility { get; set; }
}

public sealed class DirectoryTaxonomy : ReferenceEntity
{
    public required string Name { get; set; }

    public required string Description { get; set; }

    public string? Uri { get; set; }

    public string? Version { get; set; }
}

public sealed class DirectoryTaxonomyTerm : ReferenceEntity
{
    public Guid TaxonomyId { get; set; }

    public Guid? ParentId { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }
}
