namespace Harbour.Core.SupportDirectory;

/// <summary>The shape of <c>reference-data/support-directory.yaml</c>: taxonomies, organisations and their services, each with a code.</summary>
public sealed class SupportDirectoryFile
{
    public List<TaxonomyItem>? Taxonomies { get; set; }

    public List<DirectoryOrganisationItem>? Organisations { get; set; }

    public List<DirectoryServiceItem>? Services { get; set; }
}

public sealed class TaxonomyItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Uri { get; set; }

    public string? Version { get; set; }

    public List<TaxonomyTermItem>? Terms { get; set; }
}

public sealed class TaxonomyTermItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Parent { get; set; }
}

public sealed class DirectoryOrganisationItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Email { get; set; }

    public string? Website { get; set; }

    /// <summary>The code of the Harbour organisation (organisations.yaml) when the organisation uses Harbour.</summary>
    public string? HarbourOrganisation { get; set; }
}

public sealed class DirectoryServiceItem
{
    public string Code { get; set; } = "";

    public string Organisation { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Url { get; set; }

    public string? Email { get; set; }

    public string Status { get; set; } = "active";

    public string? Fees { get; set; }

    public string? Accreditations { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    /// <summary>female or male when the service is for one gender only.</summary>
    public string? Gender { get; set; }

    public string? Eligibility { get; set; }

    public string? Alert { get; set; }

    public DateOnly LastChecked { get; set; }

    public bool National { get; set; }

    public List<string>? Areas { get; set; }

    /// <summary>Codes of taxonomy terms (any taxonomy) that describe what the service helps with.</summary>
    public List<string>? Needs { get; set; }

    public List<PhoneItem>? Phones { get; set; }

    public List<ContactItem>? Contacts { get; set; }

    public List<ScheduleItem>? Schedules { get; set; }

    public List<LanguageItem>? Languages { get; set; }

    public List<CostItem>? Costs { get; set; }

    public List<string>? Funding { get; set; }

    public List<LocationItem>? Locations { get; set; }
}

public sealed class PhoneItem
{
    public string Number { get; set; } = "";

    public string? Description { get; set; }
}

public sealed class ContactItem
{
    public string? Name { get; set; }

    public string? Title { get; set; }
}

public sealed class ScheduleItem
{
    public string? ByDay { get; set; }

    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    public string? Description { get; set; }
}

public sealed class LanguageItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class CostItem
{
    public string Option { get; set; } = "";

    public decimal? Amount { get; set; }

    public string? Description { get; set; }
}

public sealed class LocationItem
{
    public string Name { get; set; } = "";

    public string Type { get; set; } = "physical";

    public string? Description { get; set; }

    public string? Address { get; set; }

    public string? City { get; set; }

    public string? County { get; set; }

    public string? Postcode { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    public string? Accessibility { get; set; }
}
