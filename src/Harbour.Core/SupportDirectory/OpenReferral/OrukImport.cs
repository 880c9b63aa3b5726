using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harbour.Core.SupportDirectory.OpenReferral;

// What Harbour reads from an Open Referral UK JSON file: an array of fully nested services, as /services/{id}
// gives them. Everything is optional here so that a partner's file with gaps gets a clear message, not an exception.
#pragma warning disable CA1812, SA1402 // Instantiated by the serializer; the file's shapes, kept together.

internal sealed class ImportService
{
    public Guid? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public string? Email { get; set; }

    public string? Status { get; set; }

    public string? Fees { get; set; }

    public string? Accreditations { get; set; }

    public decimal? MinimumAge { get; set; }

    public decimal? MaximumAge { get; set; }

    public string? AssuredDate { get; set; }

    public string? Alert { get; set; }

    public string? EligibilityDescription { get; set; }

    public string? Gender { get; set; }

    public ImportOrganization? Organization { get; set; }

    public List<ImportSchedule>? Schedules { get; set; }

    public List<ImportServiceArea>? ServiceAreas { get; set; }

    public List<ImportServiceAtLocation>? ServiceAtLocations { get; set; }

    public List<ImportLanguage>? Languages { get; set; }

    public List<ImportFunding>? Funding { get; set; }

    public List<ImportCost>? CostOptions { get; set; }

    public List<ImportContact>? Contacts { get; set; }

    public List<ImportAttribute>? Attributes { get; set; }

    public List<ImportPhone>? Phones { get; set; }
}

internal sealed class ImportOrganization
{
    public Guid? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }
}

internal sealed class ImportSchedule
{
    public Guid? Id { get; set; }

    public string? Freq { get; set; }

    public string? Byday { get; set; }

    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    public string? Description { get; set; }
}

internal sealed class ImportServiceArea
{
    public string? Name { get; set; }

    public string? Extent { get; set; }
}

internal sealed class ImportServiceAtLocation
{
    public Guid? Id { get; set; }

    public ImportLocation? Location { get; set; }
}

internal sealed class ImportLocation
{
    public Guid? Id { get; set; }

    public string? LocationType { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    public List<ImportAddress>? Addresses { get; set; }

    public List<ImportAccessibility>? Accessibility { get; set; }
}

internal sealed class ImportAddress
{
    public Guid? Id { get; set; }

    [JsonPropertyName("address_1")]
    public string? Address1 { get; set; }

    public string? City { get; set; }

    public string? StateProvince { get; set; }

    public string? PostalCode { get; set; }
}

internal sealed class ImportAccessibility
{
    public Guid? Id { get; set; }

    public string? Description { get; set; }
}

internal sealed class ImportLanguage
{
    public Guid? Id { get; set; }

    public string? Name { get; set; }

    public string? Code { get; set; }
}

internal sealed class ImportFunding
{
    public Guid? Id { get; set; }

    public string? Source { get; set; }
}

internal sealed class ImportCost
{
    public Guid? Id { get; set; }

    public string? Option { get; set; }

    public decimal? Amount { get; set; }

    public string? AmountDescription { get; set; }
}

internal sealed class ImportContact
{
    public Guid? Id { get; set; }

    public string? Name { get; set; }

    public string? Title { get; set; }
}

internal sealed class ImportPhone
{
    public Guid? Id { get; set; }

    public string? Number { get; set; }

    public string? Description { get; set; }
}

internal sealed class ImportAttribute
{
    public ImportTerm? TaxonomyTerm { get; set; }
}

internal sealed class ImportTerm
{
    public Guid? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public Guid? TaxonomyId { get; set; }

    public string? Taxonomy { get; set; }

    public string? Term { get; set; }
}

internal static class OrukImportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static TimeOnly? Time(string? value) =>
        TimeOnly.TryParse(value, CultureInfo.InvariantCulture, out var time) ? time : null;
}
