using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Testing;
using Harbour.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Web.Tests.Api;

public sealed class CaseApiTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    private static readonly object ValidConcern = new
    {
        isModernSlavery = true,
        isPrevent = false,
        immediateDanger = false,
        area = "southampton",
        person = new { givenNames = "Ana", familyName = "Popescu", ageGroup = "Adult", nationality = "RO", phone = "07700 900982" },
        exploitationTypes = new[] { "forced-labour" },
        whatHappened = "Reported by the hospital: injuries consistent with forced labour.",
        consent = "Yes",
    };

    [Fact]
    public async Task PostConcern_Valid_Is201AndJoinsTheAreasQueue()
    {
        using var api = await ClientAsync("hiow-icb", ApiScopes.ConcernsWrite);

        var response = await api.PostAsJsonAsync("/api/v1/concerns", ValidConcern);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reference = body.GetProperty("reference").GetString()!;
        Assert.Matches(@"^CON-\d{4}-\d{6}$", reference);
        var saved = await factory.WithDatabaseAsync(db => db.Concerns.SingleAsync(c => c.Reference == reference));
        Assert.Equal(ConcernSource.PartnerSystem, saved.Source);
        Assert.Equal("+447700900982", saved.Person.Phone);
        var council = await factory.WithDatabaseAsync(db => db.Organisations.Where(o => o.Code == "southampton-city-council").Select(o => o.Id).SingleAsync());
        Assert.Equal(council, saved.TriageOrganisationId);
    }

    [Fact]
    public async Task PostConcern_Invalid_Is400ProblemListingEachFieldAndSavesNothing()
    {
        using var api = await ClientAsync("hiow-icb", ApiScopes.ConcernsWrite);
        var before = await factory.WithDatabaseAsync(db => db.Concerns.CountAsync());

        var response = await api.PostAsJsonAsync("/api/v1/concerns", new
        {
            isModernSlavery = true,
            area = "atlantis",
            person = new { phone = "12", postcode = "SO14", dateOfBirth = "2999-01-01", ageGroup = "Adult" },
            whatHappened = "bell\u0007",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(Identifiers.PhoneError, errors.GetProperty("person.phone")[0].GetString());
        Assert.Equal(Identifiers.PostcodeError, errors.GetProperty("person.postcode")[0].GetString());
        Assert.Equal("What happened must not contain control characters", errors.GetProperty("whatHappened")[0].GetString());
        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.Concerns.CountAsync()));
    }

    [Fact]
    public async Task PostConcern_ValidShapeButIncomplete_ListsTheMissingAnswers()
    {
        using var api = await ClientAsync("hiow-icb", ApiScopes.ConcernsWrite);

        var response = await api.PostAsJsonAsync("/api/v1/concerns", new { isModernSlavery = true, area = "atlantis", person = new { dateOfBirth = "2999-01-01" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Select the area where the person is", errors.GetProperty("area")[0].GetString());
        Assert.Equal("Date of birth must be in the past", errors.GetProperty("person.dateOfBirth")[0].GetString());
        Assert.Equal("Enter what happened", errors.GetProperty("whatHappened")[0].GetString());
    }

    [Fact]
    public async Task PostConcern_MalformedJson_Is400()
    {
        using var api = await ClientAsync("hiow-icb", ApiScopes.ConcernsWrite);

        var response = await api.PostAsync("/api/v1/concerns", new StringContent("{\"isModernSlavery\": \"perhaps\"", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostConcern_WithoutTheScope_Is403()
    {
        using var api = await ClientAsync("hiow-icb", ApiScopes.CasesRead);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/concerns", ValidConcern)).StatusCode);
    }

    [Fact]
    public async Task GetCase_OwnedOrSharedIs200_OtherwiseNotFound()
    {
        var reference = await OpenCaseAsync();
        using var owner = await ClientAsync("southampton-city-council", ApiScopes.CasesRead);
        using var police = await ClientAsync("hiow-constabulary", ApiScopes.CasesRead);

        var mine = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{reference}");
        Assert.Equal(reference, mine.GetProperty("reference").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/cases/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/api/v1/cases/HMS-2026-999999")).StatusCode);

        var list = await owner.GetFromJsonAsync<JsonElement>("/api/v1/cases?status=open");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), item => item.GetProperty("reference").GetString() == reference);
    }

    private async Task<string> OpenCaseAsync() =>
        await TestCases.OpenAsync(factory.Services,
            await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council"), AgeGroup.Child);

    private async Task<HttpClient> ClientAsync(string organisation, params string[] scopes)
    {
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync(
            new NewApiClient($"System {Guid.NewGuid():N}", organisation, scopes, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(30)), AuditActor.System);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.BearerToken);
        return client;
    }
}
