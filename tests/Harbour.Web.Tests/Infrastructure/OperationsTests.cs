using System.Net;
using System.Text.Json;
using Harbour.Testing;

namespace Harbour.Web.Tests.Infrastructure;

public sealed class OperationsTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Get_Health_WithDatabaseUp_Returns200Healthy()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Get_Health_WithDatabaseUnreachable_Returns503()
    {
        // A PostgreSQL address where nothing listens; nothing is migrated at start so the app still starts.
        await using var broken = new HarbourWebFactory { Provider = Core.Data.DatabaseProvider.Postgres }
            .WithSetting("ConnectionStrings:Harbour", "Host=127.0.0.1;Port=1;Database=harbour;Username=nobody;Timeout=2")
            .WithSetting("Database:MigrateOnStartup", "false");
        var client = broken.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Get_OpenApiDocument_DescribesTheApi()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Harbour API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/reference/exploitation-types", out _));
        Assert.True(paths.TryGetProperty("/api/v1/reference/organisations", out _));
    }

    [Fact]
    public async Task Get_ReferenceOrganisations_ListsFirstResponderFlagAndAreas()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/reference/organisations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var police = body.RootElement.EnumerateArray().Single(o => o.GetProperty("code").GetString() == "hiow-constabulary");
        Assert.True(police.GetProperty("firstResponderOrganisation").GetBoolean());
        Assert.Equal(4, police.GetProperty("areas").GetArrayLength());
    }

    [Fact]
    public async Task Get_ReferenceIndicators_ReturnsGroupsInFileOrder()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/reference/indicators");

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var groups = body.RootElement.EnumerateArray().Select(g => g.GetProperty("code").GetString()).ToList();
        Assert.Equal("physical-appearance", groups[0]);
        Assert.Equal(7, groups.Count);
    }

    [Fact]
    public async Task Get_StylesAndScripts_AreServedFromTheFrontEndBuild()
    {
        var client = factory.CreateClient();

        foreach (var path in new[] { "/lib/harbour.css", "/lib/govuk-frontend/govuk-frontend.min.js", "/js/harbour.js", "/js/js-enabled.js" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} returned {(int)response.StatusCode}");
        }
    }
}
