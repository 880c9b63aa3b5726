using System.Globalization;

namespace Harbour.Core.SupportDirectory.OpenReferral;

/// <summary>Harbour's directory in Open Referral UK's shapes.</summary>
public static class OrukMapper
{
    public const string ProfileUrl = "https://openreferraluk.org/";

    /// <summary>The link type of an attribute that says what a service helps with.</summary>
    public const string NeedLinkType = "service_need";

    public static OrukOrganization Organization(DirectoryOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new OrukOrganization
        {
            Id = organisation.Id, Name = organisation.Name, Description = organisation.Description, Email = organisation.Email, Website = organisation.Website,
        };
    }

    public static OrukServiceSummary Summary(CatalogueService entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var s = entry.Service;
        return new OrukServiceSummary
        {
            Id = s.Id, OrganizationId = s.OrganisationId, Name = s.Name, Description = s.Description, Url = s.Url, Email = s.Email,
            Status = DirectoryText.Status(s.Status), Fees = s.Fees, Accreditations = s.Accreditations, MinimumAge = s.MinimumAge, MaximumAge = s.MaximumAge,
            AssuredDate = s.LastCheckedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Alert = s.Alert, LastModified = Timestamp(s.UpdatedAt),
            EligibilityDescription = s.EligibilityDescription, Gender = s.Gender is { } gender ? DirectoryText.Gender(gender) : null,
            Organization = Organization(entry.Organisation),
        };
    }

    public static OrukService Service(CatalogueService entry, DirectoryCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(catalogue);
        var summary = Summary(entry);
        var s = entry.Service;
        var d = s.Details;
        var areaNames = catalogue.Areas.ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        return new OrukService
        {
            Id = summary.Id, OrganizationId = summary.OrganizationId, Name = summary.Name, Description = summary.Description, Url = summary.Url,
            Email = summary.Email, Status = summary.Status, Fees = summary.Fees, Accreditations = summary.Accreditations, MinimumAge = summary.MinimumAge,
            MaximumAge = summary.MaximumAge, AssuredDate = summary.AssuredDate, Alert = summary.Alert, LastModified = summary.LastModified,
            EligibilityDescription = summary.EligibilityDescription, Gender = summary.Gender, Organization = summary.Organization,
            Schedules = d.Schedules.Select(x => new OrukSchedule(x.Id, s.Id, x.Freq, x.ByDay, Time(x.OpensAt), Time(x.ClosesAt), x.Description)).ToList(),
            ServiceAreas = d.IsNational
                ? [new OrukServiceArea(AreaId(s.Id, "national"), s.Id, "United Kingdom", null, null)]
                : d.AreaCodes.Select(code => new OrukServiceArea(AreaId(s.Id, code), s.Id, areaNames.GetValueOrDefault(code, code), code, "text")).ToList(),
            ServiceAtLocations = d.Locations.Select(l => new OrukServiceAtLocation(l.Id, s.Id, l.LocationId, Location(l, full: true))).ToList(),
            Languages = d.Languages.Select(x => new OrukLanguage(x.Id, s.Id, x.Name, x.Code)).ToList(),
            Funding = d.Funding.Select(x => new OrukFunding(x.Id, s.Id, x.Source)).ToList(),
            CostOptions = d.CostOptions.Select(x => new OrukCostOption(x.Id, s.Id, x.Option, x.Amount, x.AmountDescription)).ToList(),
            Contacts = d.Contacts.Select(x => new OrukContact(x.Id, s.Id, x.Name, x.Title)).ToList(),
            Phones = d.Phones.Select(x => new OrukPhone(x.Id, s.Id, x.Number, x.Description)).ToList(),
            Attributes = entry.Terms.Select(t => new OrukAttribute(AttributeId(s.Id, t.Id), s.Id, t.Id, NeedLinkType, Term(t, catalogue))).ToList(),
        };
    }

    public static OrukLocation Location(ServiceLocation location, bool full)
    {
        ArgumentNullException.ThrowIfNull(location);
        var hasAddress = location.AddressLine1 is not null && location.City is not null && location.Postcode is not null;
        return new OrukLocation
        {
            Id = location.LocationId, LocationType = location.LocationType, Name = location.Name, Description = location.Description,
            Latitude = location.Latitude, Longitude = location.Longitude,
            Addresses = !full ? null : hasAddress
                ? [new OrukAddress(location.AddressId, location.LocationId, location.AddressLine1!, location.City!, location.County ?? "", location.Postcode!, "GB", location.LocationType)]
                : [],
            Accessibility = !full ? null : location.Accessibility is { } text ? [new OrukAccessibility(location.AccessibilityId, location.LocationId, text)] : [],
        };
    }

    public static OrukTaxonomyTerm Term(DirectoryTaxonomyTerm term, DirectoryCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(catalogue);
        return new OrukTaxonomyTerm
        {
            Id = term.Id, Name = term.Name, Description = term.Description, ParentId = term.ParentId, TaxonomyId = term.TaxonomyId, Term = term.Code,
            Taxonomy = catalogue.Taxonomies.FirstOrDefault(t => t.Id == term.TaxonomyId)?.Name,
        };
    }

    public static OrukTaxonomy Taxonomy(DirectoryTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new OrukTaxonomy { Id = taxonomy.Id, Name = taxonomy.Name, Description = taxonomy.Description, Uri = taxonomy.Uri, Version = taxonomy.Version };
    }

    /// <summary>A page of results in the standard's envelope; pages count from 1.</summary>
    public static OrukPage<T> Page<T>(IReadOnlyList<T> all, int page, int perPage) => Page(all, page, perPage, x => x);

    /// <summary>A page of results, shaping only the items on the page.</summary>
    public static OrukPage<T> Page<TSource, T>(IReadOnlyList<TSource> all, int page, int perPage, Func<TSource, T> shape)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(shape);
        var totalPages = all.Count == 0 ? 0 : (int)Math.Ceiling(all.Count / (double)perPage);
        var contents = all.Skip((page - 1) * perPage).Take(perPage).Select(shape).ToList();
        return new OrukPage<T>(all.Count, totalPages, page, contents.Count, page == 1, page >= totalPages, contents.Count == 0, contents);
    }

    private static string Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static Guid AreaId(Guid serviceId, string code) => DirectoryIds.For($"service-area/{serviceId}/{code}");

    private static Guid AttributeId(Guid serviceId, Guid termId) => DirectoryIds.For($"attribute/{serviceId}/{termId}");
}
