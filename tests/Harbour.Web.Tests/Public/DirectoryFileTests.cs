using System.Net;
using System.Text.Json.Nodes;
using Harbour.Core.Accounts;
using Harbour.Testing;

namespace Harbour.Web.Tests.Public;

/// <summary>The whole directory out and back in as Open Referral UK JSON.</summary>
public sealed class DirectoryFileTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Export_IsValidOpenReferralUk_AndImportingItBackChangesNames()
    {
        var coordinator = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        var client = factory.CreateClientAs(coordinator);
        using var export = await client.GetAsync("/directory?handler=Export");
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        var services = JsonNode.Parse(await export.Content.ReadAsStringAsync())!.AsArray();
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.OpenReferralSchemas, "compiled", "service.json"));
        Assert.All(services, s => Assert.Empty(schema.Validate(s!.ToJsonString())));

        var helpline = services.Single(s => s!["name"]!.GetValue<string>() == "Modern Slavery and Exploitation Helpline")!;
        helpline["name"] = "Modern Slavery Helpline";
        using var imported = await ImportAsync(client, services.ToJsonString());
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);

        var text = (await HtmlDocument.ParseAsync(await factory.CreateClient().GetAsync($"/support/{helpline["id"]}"))).Text();
        Assert.Contains("Modern Slavery Helpline", text, StringComparison.Ordinal);
        Assert.Equal(services.Count, await factory.WithDatabaseAsync(db => Task.FromResult(db.DirectoryServices.Count(s => s.IsActive))));
    }

    [Fact]
    public async Task Import_OfABadFile_Is400AndImportsNothing()
    {
        var coordinator = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        var client = factory.CreateClientAs(coordinator);
        var before = await factory.WithDatabaseAsync(db => Task.FromResult(db.DirectoryServices.Count()));
        var noName = new JsonArray(new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(), ["status"] = "active",
            ["organization"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "X", ["description"] = "Y" },
        });

        using var notJson = await ImportAsync(client, "this is not json");
        using var nameless = await ImportAsync(client, noName.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.StartsWith("The file is not Open Referral UK JSON", (await HtmlDocument.ParseAsync(notJson)).ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Equal(["Service 1 has no name"], (await HtmlDocument.ParseAsync(nameless)).ErrorSummary());
        Assert.Equal(before, await factory.WithDatabaseAsync(db => Task.FromResult(db.DirectoryServices.Count())));
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string json)
    {
        var token = await Forms.AntiforgeryAsync(client, "/directory");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "File", "directory.json" },
        };
        return await client.PostAsync("/directory?handler=Import", content);
    }
}
