using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Web.Tests.Api;

public sealed class ApiClientTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task CreatePage_ShowsTheTokenOnceAndStoresOnlyItsHash()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var client = factory.CreateClientAs(admin);
        var expires = DateTime.UtcNow.AddMonths(6);

        var response = await Forms.PostAsync(client, "/admin/api-clients/new",
            [("Name", "Constabulary SIEM"), ("Organisation", "hiow-constabulary"), ("Scopes", ApiScopes.AuditRead),
             ("ExpiresOnDay", expires.Day.ToString()), ("ExpiresOnMonth", expires.Month.ToString()), ("ExpiresOnYear", expires.Year.ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var token = (await HtmlDocument.ParseAsync(response)).QuerySelector("#api-token")!.TextContent.Trim();
        Assert.StartsWith(ApiClientService.TokenPrefix, token, StringComparison.Ordinal);
        var stored = await factory.WithDatabaseAsync(db => db.ApiClients.SingleAsync(c => c.Name == "Constabulary SIEM"));
        Assert.DoesNotContain(token.Split('_')[^1], stored.SecretHash, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('_')[^1], (await client.GetStringAsync("/admin/api-clients")), StringComparison.Ordinal);

        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/audit-events?limit=5")).StatusCode);
    }

    [Fact]
    public async Task CreatePage_PastDate_ShowsError()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);

        var response = await Forms.PostAsync(factory.CreateClientAs(admin), "/admin/api-clients/new",
            [("Name", "Old system"), ("Organisation", "nca"), ("Scopes", ApiScopes.AuditRead), ("ExpiresOnDay", "1"), ("ExpiresOnMonth", "1"), ("ExpiresOnYear", "2020")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The date the access ends must be in the future"], (await HtmlDocument.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task AuditEvents_WithScopedToken_ReturnsTheChainAndRecordsTheRead()
    {
        var (token, id) = await CreateClientAsync([ApiScopes.AuditRead]);
        using var api = Bearer(token);

        var events = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit-events?after=0&limit=3");

        Assert.Equal(3, events.GetArrayLength());
        Assert.Equal(1, events[0].GetProperty("sequence").GetInt64());
        Assert.Equal(events[0].GetProperty("hash").GetString(), events[1].GetProperty("previousHash").GetString());
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "audit.read" && e.Reason == $"API client {id}")));
    }

    [Fact]
    public async Task AuditEvents_BadLimit_Is400ProblemDetails()
    {
        var (token, _) = await CreateClientAsync([ApiScopes.AuditRead]);

        var response = await Bearer(token).GetAsync("/api/v1/audit-events?limit=5000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("limit must be between 1 and 1000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditEvents_NoToken_Is401()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/audit-events");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AuditEvents_TamperedSecret_Is401()
    {
        var (token, _) = await CreateClientAsync([ApiScopes.AuditRead]);

        var response = await Bearer(token[..^2] + (token.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA")).GetAsync("/api/v1/audit-events");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AuditEvents_RevokedToken_Is401()
    {
        var (token, id) = await CreateClientAsync([ApiScopes.AuditRead]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiClientService>().RevokeAsync(id, AuditActor.System);
        }

        var response = await Bearer(token).GetAsync("/api/v1/audit-events");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AuditEvents_SignedInPersonWithoutAToken_IsForbidden()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);

        var response = await factory.CreateClientAs(admin).GetAsync("/api/v1/audit-events");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task BearerToken_DoesNotOpenPages()
    {
        var (token, _) = await CreateClientAsync([ApiScopes.AuditRead]);

        var response = await Bearer(token).GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private HttpClient Bearer(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<(string Token, Guid Id)> CreateClientAsync(IReadOnlyList<string> scopes)
    {
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync(
            new NewApiClient($"System {Guid.NewGuid():N}", "hiow-constabulary", scopes, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(30)),
            AuditActor.System);
        return (created.BearerToken, created.Client.Id);
    }
}
