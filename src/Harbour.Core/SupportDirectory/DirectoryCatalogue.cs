using System.Globalization;
using Harbour.Core.ReferenceData;

namespace Harbour.Core.SupportDirectory;

/// <summary>One service as the directory shows it: the service, its organisation and the terms that describe it.</summary>
public sealed record CatalogueService(DirectoryService Service, DirectoryOrganisation Organisation, IReadOnlyList<DirectoryTaxonomyTerm> Terms)
{
    internal string SearchText { get; } = string.Join(' ',
        new[] { Service.Name, Service.Description, Organisation.Name, Service.EligibilityDescription }
            .Concat(Terms.Select(t => t.Name))
            .Where(t => t is not null))
        .ToLowerInvariant();
}

/// <summary>
/// What someone is looking for. <see cref="Age"/>, <see cref="Gender"/> and the area describe the person, so only
/// services they are eligible for come back; <see cref="MinimumAge"/> and <see cref="MaximumAge"/> are Open Referral
/// UK's filters on the services' own age limits.
/// </summary>
public sealed record DirectoryQuery
{
    public string? Text { get; init; }

    public IReadOnlyCollection<Guid> TermIds { get; init; } = [];

    public Guid? TaxonomyId { get; init; }

    public string? AreaCode { get; init; }

    public string? Postcode { get; init; }

    public int? Age { get; init; }

    public EligibleGender? Gender { get; init; }

    public decimal? MinimumAge { get; init; }

    public decimal? MaximumAge { get; init; }
}

/// <summary>
/// The whole directory in memory: it is small (hundreds of services, not millions) and read far more than written,
/// so searching a snapshot is faster than any query and the same on both databases. <see cref="Version"/> changes
/// whenever anything in the directory does, for caching and ETags.
/// </summary>
public sealed class DirectoryCatalogue
{
    private readonly Dictionary<Guid, CatalogueService> byId;
    private readonly Dictionary<string, List<string>> areasByDistrict;

    public DirectoryCatalogue(
        string version,
        IReadOnlyList<CatalogueService> services,
        IReadOnlyList<DirectoryTaxonomy> taxonomies,
        IReadOnlyList<DirectoryTaxonomyTerm> terms,
        IReadOnlyList<Area> areas)
    {
        Version = version;
        Services = services;
        Taxonomies = taxonomies;
        Terms = terms;
        Areas = areas;
        byId = services.ToDictionary(s => s.Service.Id);
        areasByDistrict = areas
            .SelectMany(a => a.PostcodeDistricts.Select(d => (District: d, a.Code)))
            .GroupBy(x => x.District, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Code).ToList(), StringComparer.Ordinal);
    }

    public string Version { get; }

    /// <summary>Every service in the directory, by name.</summary>
    public IReadOnlyList<CatalogueService> Services { get; }

    public IReadOnlyList<DirectoryTaxonomy> Taxonomies { get; }

    public IReadOnlyList<DirectoryTaxonomyTerm> Terms { get; }

    public IReadOnlyList<Area> Areas { get; }

    public CatalogueService? Find(Guid id) => byId.GetValueOrDefault(id);

    public (CatalogueService Service, ServiceLocation Location)? FindServiceAtLocation(Guid id) =>
        Services.SelectMany(s => s.Service.Details.Locations.Select(l => (s, l))).Where(x => x.l.Id == id).Select(x => ((CatalogueService, ServiceLocation)?)x).FirstOrDefault();

    /// <summary>The outward code of a UK postcode or postcode district ("so14 7ly" gives "SO14"), or null if it is not one.</summary>
    public static string? PostcodeDistrict(string? postcode)
    {
        var compact = new string((postcode ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        if (compact.Length is < 2 or > 7 || !char.IsLetter(compact[0]))
        {
            return null;
        }

        // A full postcode ends with a digit and two letters (the inward code); what comes before it is the district.
        var outward = compact.Length >= 5 && char.IsDigit(compact[^3]) && char.IsLetter(compact[^2]) && char.IsLetter(compact[^1])
            ? compact[..^3]
            : compact;
        return outward.Length is >= 2 and <= 4 && outward.Any(char.IsDigit) ? outward : null;
    }

    /// <summary>The partnership areas a postcode is in; empty when it is outside them (then only national services cover it).</summary>
    public IReadOnlyList<string> AreasOf(string? postcode) =>
        PostcodeDistrict(postcode) is { } district && areasByDistrict.TryGetValue(district, out var codes) ? codes : [];

    public IReadOnlyList<CatalogueService> Search(DirectoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = (query.Text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var postcodeAreas = query.Postcode is null ? null : AreasOf(query.Postcode);
        var taxonomyTerms = query.TaxonomyId is { } taxonomy ? Terms.Where(t => t.TaxonomyId == taxonomy).Select(t => t.Id).ToHashSet() : null;
        return Services.Where(entry =>
        {
            var service = entry.Service;
            var details = service.Details;
            if (!words.All(entry.SearchText.Contains))
            {
                return false;
            }

            if (query.TermIds.Count > 0 && !details.TaxonomyTermIds.Any(query.TermIds.Contains))
            {
                return false;
            }

            if (taxonomyTerms is not null && !details.TaxonomyTermIds.Any(taxonomyTerms.Contains))
            {
                return false;
            }

            if (query.AreaCode is { } area && !details.IsNational && !details.AreaCodes.Contains(area))
            {
                return false;
            }

            if (postcodeAreas is not null && !details.IsNational && !details.AreaCodes.Any(postcodeAreas.Contains))
            {
                return false;
            }

            if (Eligibility.Problems(service, query.Age, query.Gender, null, null).Count > 0)
            {
                return false;
            }

            return (query.MinimumAge is not { } minimum || service.MinimumAge >= minimum)
                && (query.MaximumAge is not { } maximum || service.MaximumAge <= maximum);
        }).ToList();
    }

    public static string VersionOf(IEnumerable<DateTime> updates, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count}-{updates.DefaultIfEmpty().Max().Ticks:x}");
}

/// <summary>Whether a person can use a service, and if not, why, in words a worker can pass on.</summary>
public static class Eligibility
{
    public static IReadOnlyList<string> Problems(DirectoryService service, int? age, EligibleGender? gender, string? areaCode, string? areaName)
    {
        ArgumentNullException.ThrowIfNull(service);
        var problems = new List<string>();
        if (service.Gender is { } only && gender is { } person && person != only)
        {
            problems.Add(only == EligibleGender.Female ? "This service is for women only" : "This service is for men only");
        }

        if (age is { } years)
        {
            if (service.MinimumAge is { } minimum && years < minimum)
            {
                problems.Add($"This service is for people aged {minimum} or over");
            }

            if (service.MaximumAge is { } maximum && years > maximum)
            {
                problems.Add(maximum == 17 ? "This service is for children under 18" : $"This service is for people aged {maximum} or under");
            }
        }

        if (areaCode is not null && !service.Details.IsNational && !service.Details.AreaCodes.Contains(areaCode))
        {
            problems.Add($"This service does not cover {areaName ?? areaCode}");
        }

        return problems;
    }
}
