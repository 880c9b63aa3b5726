using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Harbour.Core.SupportDirectory;
using Harbour.Core.SupportDirectory.OpenReferral;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// The support directory as an Open Referral UK 3.0 API under <c>/api/oruk</c>: public, read-only, cacheable
/// (an ETag from the directory's version and the query, and <c>Cache-Control</c>). Bad query parameters are a 400
/// problem, unknown ids a 404, never a 500.
/// </summary>
public static class OpenReferralApi
{
    public const int DefaultPerPage = 50;
    public const int MaximumPerPage = 200;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var oruk = app.MapGroup("/api/oruk").AllowAnonymous().WithTags("Open Referral UK");
        oruk.MapGet("/", (HttpContext context) => Results.Json(
                new OrukApiInfo("3.0", OrukMapper.ProfileUrl, $"{context.Request.Scheme}://{context.Request.Host}/openapi/v1.json"), Json))
            .WithSummary("The profile and version of this API.");
        oruk.MapGet("/services", ListServicesAsync).WithSummary("Services, filtered and paged.");
        oruk.MapGet("/services/{id}", GetServiceAsync).WithSummary("One service with everything nested.");
        oruk.MapGet("/service_at_locations", ListServiceAtLocationsAsync).WithSummary("Services at their locations, filtered and paged.");
        oruk.MapGet("/service_at_locations/{id}", GetServiceAtLocationAsync).WithSummary("One service at a location, with the service nested.");
        oruk.MapGet("/taxonomies", ListTaxonomiesAsync).WithSummary("The taxonomies, paged.");
        oruk.MapGet("/taxonomies/{id}", GetTaxonomyAsync).WithSummary("One taxonomy.");
        oruk.MapGet("/taxonomy_terms", ListTermsAsync).WithSummary("The taxonomy terms, paged.");
        oruk.MapGet("/taxonomy_terms/{id}", GetTermAsync).WithSummary("One taxonomy term.");
    }

    private static async Task<IResult> ListServicesAsync(HttpContext context, DirectoryCache cache)
    {
        var catalogue = await cache.GetAsync(context.RequestAborted);
        var (query, paging, problem) = ReadQuery(context.Request.Query, catalogue);
        return problem ?? Cached(context, catalogue, () =>
            OrukMapper.Page(catalogue.Search(query), paging.Page, paging.PerPage, OrukMapper.Summary));
    }

    private static async Task<IResult> GetServiceAsync(HttpContext context, DirectoryCache cache, string id)
    {
        var catalogue = await cache.GetAsync(context.RequestAborted);
        return Guid.TryParse(id, out var serviceId) && catalogue.Find(serviceId) is { } service
            ? Cached(context, catalogue, () => OrukMapper.Service(service, catalogue))
            : NotFound($"There is no service with the id '{id}'.");
    }

    private static async Task<IResult> ListServiceAtLocationsAsync(HttpContext context, DirectoryCache cache)
    {
        var catalogue = await cache.GetAsync(context.RequestAborted);
        var (query, paging, problem) = ReadQuery(context.Request.Query, catalogue);
        return problem ?? Cached(context, catalogue, () => OrukMapper.Page(
            catalogue.Search(query).SelectMany(s => s.Service.Details.Locations.Select(l => (Service: s, Location: l))).ToList(),
            paging.Page,
            paging.PerPage,
            x => new OrukServiceAtLocationSummary(x.Location.Id, x.Service.Service.Id, x.Location.LocationId, OrukMapper.Location(x.Location, full: false), OrukMapper.Summary(x.Service))));
    }

    private static async Task<IResult> GetServiceAtLocationAsync(HttpContext context, DirectoryCache cache, string id)
    {
        var catalogue = await cache.GetAsync(context.RequestAborted);
        return Guid.TryParse(id, out var salId) && catalogue.FindServiceAtLocation(salId) is { } found
            ? Cached(context, catalogue, () => new OrukServiceAtLocationDetail(found.Location.Id, found.Service.Service.Id, found.Location.LocationId,
                OrukMapper.Location(found.Location, full: true), OrukMapper.Service(found.Service, catalogue)))
            : NotFound($"There is no service at location with the id '{id}'.");
    }

    private static async Task<IResult> ListTaxonomiesAsync(HttpContext context, DirectoryCache cache)
    {
        var catalogue = await cache.GetAsync(context.RequestAborted);
        var (paging, problem) = ReadPaging(context.Request.Query);
        return problem ?? Cached(context, catalogue, () => OrukMapper.Page(catalogue.Taxonomies.Select(OrukMapper.Taxonomy).ToList(), paging.Page, paging.PerPage));
    }

    private static async Task<IResult> GetTaxonomyAsync(HttpContext context, DirectoryCache cache, string id)
    {
        var catalogue = await cache.GetAsync(context.RequestAborted);
        return Guid.TryParse(id, out var taxonomyId) && catalogue.Taxonomies.FirstOrDefault(t => t.Id == taxonomyId) is { } taxonomy
            ? Cached(context, catalogue, () => OrukMapper.Taxonomy(taxonomy))
            : NotFound($"There is no taxonomy with the id '{id}'.");
    }

    private static async Task<IResult> ListTermsAsync(HttpContext context, DirectoryCache cache)
    {
        var catalogue = await cache.GetAsync(context.RequestAborted);
        var (paging, problem) = ReadPaging(context.Request.Query);
        return problem ?? Cached(context, catalogue, () => OrukMapper.Page(catalogue.Terms.Select(t => OrukMapper.Term(t, catalogue)).ToList(), paging.Page, paging.PerPage));
    }

    private static async Task<IResult> GetTermAsync(HttpContext context, DirectoryCache cache, string id)
    {
        var catalogue = await cache.GetAsync(context.RequestAborted);
        return Guid.TryParse(id, out var termId) && catalogue.Terms.FirstOrDefault(t => t.Id == termId) is { } term
            ? Cached(context, catalogue, () => OrukMapper.Term(term, catalogue))
            : NotFound($"There is no taxonomy term with the id '{id}'.");
    }

    private sealed record Paging(int Page, int PerPage);

    private static (Paging Paging, IResult? Problem) ReadPaging(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var page = 1;
        var perPage = DefaultPerPage;
        if (query.TryGetValue("page", out var pageText) && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            errors["page"] = ["page must be a whole number, 1 or more"];
        }

        if (query.TryGetValue("per_page", out var perPageText)
            && (!int.TryParse(perPageText, NumberStyles.None, CultureInfo.InvariantCulture, out perPage) || perPage is < 1 or > MaximumPerPage))
        {
            errors["per_page"] = [$"per_page must be a whole number from 1 to {MaximumPerPage}"];
        }

        return (new Paging(page, perPage), errors.Count > 0 ? Results.ValidationProblem(errors) : null);
    }

    private static (DirectoryQuery Query, Paging Paging, IResult? Problem) ReadQuery(IQueryCollection query, DirectoryCatalogue catalogue)
    {
        var (paging, pagingProblem) = ReadPaging(query);
        if (pagingProblem is not null)
        {
            return (new DirectoryQuery(), paging, pagingProblem);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Guid? term = null;
        Guid? taxonomy = null;
        if (query.TryGetValue("taxonomy_term_id", out var termText))
        {
            if (!Guid.TryParse(termText, out var termId))
            {
                errors["taxonomy_term_id"] = ["taxonomy_term_id must be a UUID"];
            }
            else if (catalogue.Terms.All(t => t.Id != termId))
            {
                return (new DirectoryQuery(), paging, NotFound($"There is no taxonomy term with the id '{termText}'."));
            }
            else
            {
                term = termId;
            }
        }

        if (query.TryGetValue("taxonomy_id", out var taxonomyText))
        {
            if (!Guid.TryParse(taxonomyText, out var taxonomyId))
            {
                errors["taxonomy_id"] = ["taxonomy_id must be a UUID"];
            }
            else if (catalogue.Taxonomies.All(t => t.Id != taxonomyId))
            {
                return (new DirectoryQuery(), paging, NotFound($"There is no taxonomy with the id '{taxonomyText}'."));
            }
            else
            {
                taxonomy = taxonomyId;
            }
        }

        decimal? Age(string name)
        {
            if (!query.TryGetValue(name, out var text))
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var age) && age <= 150)
            {
                return age;
            }

            errors[name] = [$"{name} must be a number from 0 to 150"];
            return null;
        }

        var minimumAge = Age("minimum_age");
        var maximumAge = Age("maximum_age");
        string? postcode = null;
        if (query.TryGetValue("postcode", out var postcodeText))
        {
            postcode = DirectoryCatalogue.PostcodeDistrict(postcodeText);
            if (postcode is null)
            {
                errors["postcode"] = ["postcode must be a UK postcode or postcode district, like SO14 7LY or SO14"];
            }
        }

        var search = query.TryGetValue("search", out var searchText) ? searchText.ToString().Trim() : null;
        if (search?.Length > 200)
        {
            errors["search"] = ["search must be 200 characters or fewer"];
        }

        return (new DirectoryQuery
        {
            Text = search, TermIds = term is { } t ? [t] : [], TaxonomyId = taxonomy, Postcode = postcode, MinimumAge = minimumAge, MaximumAge = maximumAge,
        }, paging, errors.Count > 0 ? Results.ValidationProblem(errors) : null);
    }

    /// <summary>
    /// The response with an ETag from the directory's version and the request's path and query, so a client that
    /// already has it gets a 304; public caches may keep it for five minutes.
    /// </summary>
    private static IResult Cached<T>(HttpContext context, DirectoryCatalogue catalogue, Func<T> body)
    {
        var key = $"{catalogue.Version}|{context.Request.Path}|{context.Request.QueryString}";
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "public, max-age=300";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Select(x => x.Trim()).Contains(etag)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Json(body(), Json);
    }

    private static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
