using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harbour.Core.SupportDirectory;
using Harbour.Testing;
using Harbour.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;

namespace Harbour.Web.Tests.Api;

/// <summary>
/// Every /api/oruk endpoint against the Open Referral UK 3.0 compiled schemas, with the seeded directory plus one
/// service that uses every part of the model; paging edges; bad parameters are problems, never a 500.
/// </summary>
public sealed class OpenReferralApiTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    private static readonly Guid FullServiceId = DirectoryIds.For("test/full-service");

    [Fact]
    public async Task Root_GivesTheVersionAndAbsoluteLinks()
    {
        var body = await GetJsonAsync("/api/oruk/");
        Assert.Equal("3.0", body["version"]!.GetValue<string>());
        Assert.True(Uri.IsWellFormedUriString(body["profile"]!.GetValue<string>(), UriKind.Absolute));
        Assert.True(Uri.IsWellFormedUriString(body["openapi_url"]!.GetValue<string>(), UriKind.Absolute));
    }

    [Fact]
    public async Task Services_EveryPageAndItemMatchesTheSchema()
    {
        await FullServiceAsync();
        var item = await SchemaAsync("compiled/service_list.json");
        var first = await GetJsonAsync("/api/oruk/services?per_page=3");
        AssertPage(first, item, pageNumber: 1, size: 3);
        Assert.True(first["total_items"]!.GetValue<int>() >= 10);
        var last = first["total_pages"]!.GetValue<int>();
        var final = await GetJsonAsync($"/api/oruk/services?per_page=3&page={last}");
        Assert.True(final["last_page"]!.GetValue<bool>());
        var beyond = await GetJsonAsync($"/api/oruk/services?per_page=3&page={last + 1}");
        Assert.True(beyond["empty"]!.GetValue<bool>());
        Assert.Empty(beyond["contents"]!.AsArray());
    }

    [Fact]
    public async Task Service_WithEveryPartOfTheModel_MatchesTheServiceSchema()
    {
        await FullServiceAsync();
        var schema = await SchemaAsync("compiled/service.json");
        var body = await GetJsonAsync($"/api/oruk/services/{FullServiceId}");
        AssertValid(schema, body);
        foreach (var part in new[] { "schedules", "service_areas", "service_at_locations", "languages", "funding", "cost_options", "contacts", "attributes" })
        {
            Assert.NotEmpty(body[part]!.AsArray());
        }

        Assert.Equal("SO14 7LY", body["service_at_locations"]![0]!["location"]!["addresses"]![0]!["postal_code"]!.GetValue<string>());
        foreach (var service in (await GetJsonAsync("/api/oruk/services?per_page=200"))["contents"]!.AsArray())
        {
            AssertValid(schema, await GetJsonAsync($"/api/oruk/services/{service!["id"]}"));
        }
    }

    [Fact]
    public async Task ServiceAtLocations_ListAndOneMatchTheirSchemas()
    {
        await FullServiceAsync();
        var list = await GetJsonAsync("/api/oruk/service_at_locations?per_page=200");
        AssertPage(list, await SchemaAsync("compiled/service_at_location_list.json"), pageNumber: 1, size: null);
        var detail = await SchemaAsync("compiled/service_at_location.json");
        foreach (var item in list["contents"]!.AsArray())
        {
            AssertValid(detail, await GetJsonAsync($"/api/oruk/service_at_locations/{item!["id"]}"));
        }
    }

    [Fact]
    public async Task TaxonomiesAndTerms_MatchTheirSchemas()
    {
        var taxonomies = await GetJsonAsync("/api/oruk/taxonomies");
        AssertPage(taxonomies, await SchemaAsync("taxonomy.json"), pageNumber: 1, size: null);
        var terms = await GetJsonAsync("/api/oruk/taxonomy_terms?per_page=100");
        var termSchema = await SchemaAsync("taxonomy_term.json");
        AssertPage(terms, termSchema, pageNumber: 1, size: null);
        AssertValid(termSchema, await GetJsonAsync($"/api/oruk/taxonomy_terms/{terms["contents"]![0]!["id"]}"));
        AssertValid(await SchemaAsync("taxonomy.json"), await GetJsonAsync($"/api/oruk/taxonomies/{taxonomies["contents"]![0]!["id"]}"));
    }

    [Fact]
    public async Task Services_FilteredByTermAgeSearchAndPostcode()
    {
        var terms = (await GetJsonAsync("/api/oruk/taxonomy_terms?per_page=100"))["contents"]!.AsArray();
        var prevent = terms.Single(t => t!["term"]!.GetValue<string>() == "prevent-support")!["id"]!.GetValue<string>();

        Assert.Equal(["ACT Early Support Line (Prevent and Channel)"], Names(await GetJsonAsync($"/api/oruk/services?taxonomy_term_id={prevent}")));
        Assert.Contains("Moving On project", Names(await GetJsonAsync("/api/oruk/services?search=moving%20on")));
        Assert.Contains("Moving On project", Names(await GetJsonAsync("/api/oruk/services?minimum_age=18")));
        Assert.DoesNotContain("Moving On project", Names(await GetJsonAsync("/api/oruk/services?postcode=M1%201AA")));
        Assert.Contains("Moving On project", Names(await GetJsonAsync("/api/oruk/services?postcode=PO1%202AB")));
    }

    [Theory]
    [InlineData("/api/oruk/services?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/oruk/services?page=-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/oruk/services?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/oruk/services?per_page=201", HttpStatusCode.BadRequest)]
    [InlineData("/api/oruk/services?per_page=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/oruk/services?minimum_age=old", HttpStatusCode.BadRequest)]
    [InlineData("/api/oruk/services?postcode=nowhere", HttpStatusCode.BadRequest)]
    [InlineData("/api/oruk/services?taxonomy_term_id=not-a-uuid", HttpStatusCode.BadRequest)]
    [InlineData("/api/oruk/services?taxonomy_term_id=00000000-0000-4000-8000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/oruk/services/00000000-0000-4000-8000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/oruk/services/not-a-uuid", HttpStatusCode.NotFound)]
    [InlineData("/api/oruk/service_at_locations/00000000-0000-4000-8000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/oruk/taxonomies/00000000-0000-4000-8000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/oruk/taxonomy_terms/00000000-0000-4000-8000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/oruk/taxonomy_terms?page=0", HttpStatusCode.BadRequest)]
    public async Task BadParametersAndUnknownIds_AreProblemsNotErrors(string path, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Responses_CarryAnETagAndAnswer304WhenItMatches()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/api/oruk/services?search=helpline");
        var etag = first.Headers.ETag!.Tag;
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/oruk/services?search=helpline");
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private static List<string> Names(JsonNode page) => page["contents"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ToList();

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task<JsonSchema> SchemaAsync(string file) => await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.OpenReferralSchemas, file));

    private static void AssertValid(JsonSchema schema, JsonNode json)
    {
        var errors = schema.Validate(json.ToJsonString());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")) + Environment.NewLine + json.ToJsonString()[..Math.Min(2000, json.ToJsonString().Length)]);
    }

    /// <summary>The paging envelope of the profile's openapi.json, and every item against the item schema.</summary>
    private static void AssertPage(JsonNode page, JsonSchema item, int pageNumber, int? size)
    {
        foreach (var (field, kind) in new[] { ("total_items", JsonValueKind.Number), ("total_pages", JsonValueKind.Number), ("page_number", JsonValueKind.Number), ("size", JsonValueKind.Number), ("first_page", JsonValueKind.True), ("last_page", JsonValueKind.Undefined), ("empty", JsonValueKind.False), ("contents", JsonValueKind.Array) })
        {
            Assert.True(page[field] is not null, $"The page has no {field}");
            if (kind is JsonValueKind.Number or JsonValueKind.Array)
            {
                Assert.Equal(kind, page[field]!.GetValueKind());
            }
        }

        Assert.Equal(pageNumber, page["page_number"]!.GetValue<int>());
        var contents = page["contents"]!.AsArray();
        Assert.Equal(size ?? contents.Count, page["size"]!.GetValue<int>());
        Assert.Equal(contents.Count, page["size"]!.GetValue<int>());
        foreach (var entry in contents)
        {
            AssertValid(item, entry!);
        }
    }

    /// <summary>A service with every part Harbour models: a physical location with its address and access, phones, times, costs and more.</summary>
    private async Task FullServiceAsync()
    {
        await factory.WithDatabaseAsync(async db =>
        {
            if (db.DirectoryServices.Any(s => s.Id == FullServiceId))
            {
                return 0;
            }

            var organisation = db.DirectoryOrganisations.First(o => o.Code == "medaille-trust");
            var term = db.DirectoryTaxonomyTerms.First(t => t.Code == "accommodation");
            db.DirectoryServices.Add(new DirectoryService
            {
                Id = FullServiceId, Code = "test-full-service", OrganisationId = organisation.Id, Name = "Drop-in centre", Description = "A drop-in centre for survivors.",
                Url = "https://example.org/drop-in", Email = "drop-in@example.org", Status = ServiceStatus.TemporarilyClosed, Fees = "Free", Accreditations = "Quality Mark",
                MinimumAge = 16, MaximumAge = 99, Gender = EligibleGender.Female, EligibilityDescription = "Women aged 16 or over", Alert = "Closed over Christmas",
                LastCheckedOn = new DateOnly(2026, 1, 5), UpdatedAt = DateTime.UtcNow, ManagedInHarbour = true,
                Details = new ServiceDetails
                {
                    AreaCodes = ["southampton"], TaxonomyTermIds = [term.Id],
                    Phones = [new ServicePhone { Id = Guid.NewGuid(), Number = "023 8000 0000", Description = "Reception" }],
                    Contacts = [new ServiceContact { Id = Guid.NewGuid(), Name = "Jo Smith", Title = "Centre manager" }],
                    Schedules = [new ServiceSchedule { Id = Guid.NewGuid(), ByDay = "MO,WE", OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(14, 0), Description = "Mondays and Wednesdays" }],
                    Languages = [new ServiceLanguage { Id = Guid.NewGuid(), Code = "ro", Name = "Romanian" }],
                    CostOptions = [new ServiceCost { Id = Guid.NewGuid(), Option = "Lunch", Amount = 1.5m, AmountDescription = "Optional" }],
                    Funding = [new ServiceFunding { Id = Guid.NewGuid(), Source = "Lottery" }],
                    Locations =
                    [
                        new ServiceLocation
                        {
                            Id = Guid.NewGuid(), LocationId = Guid.NewGuid(), AddressId = Guid.NewGuid(), AccessibilityId = Guid.NewGuid(), Name = "Centre", LocationType = "physical",
                            Description = "Ground floor", Latitude = 50.9m, Longitude = -1.4m, AddressLine1 = "1 High Street", City = "Southampton", County = "Hampshire",
                            Postcode = "SO14 7LY", Accessibility = "Step-free entrance",
                        },
                    ],
                },
            });
            return await db.SaveChangesAsync();
        });
        factory.Services.GetRequiredService<DirectoryCache>().Invalidate();
    }
}
