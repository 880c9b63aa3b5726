using System.Net;
using Harbour.Core.Data;
using Harbour.Testing;

namespace Harbour.Web.Tests.Public;

/// <summary>The same pages on PostgreSQL, the production database: migrations, reference data load and queries.</summary>
public sealed class PublicPagesOnPostgresTests
{
    [SkippableFact]
    public async Task Get_PublicPagesOnPostgres_ShowTheReferenceDataAndHealthIsGood()
    {
        ExternalTools.RequirePostgres();
        await using var factory = new HarbourWebFactory { Provider = DatabaseProvider.Postgres };
        var client = factory.CreateClient();

        var health = await client.GetAsync("/health");
        var signs = await HtmlDocument.ParseAsync(await client.GetAsync("/spot-the-signs"));
        var home = await HtmlDocument.ParseAsync(await client.GetAsync("/"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("Lives and works at the same address", signs.Text(), StringComparison.Ordinal);
        Assert.Contains("Illegal adoption", signs.Text(), StringComparison.Ordinal);
        Assert.Contains("Survivor Hub", home.Text(), StringComparison.Ordinal);
    }
}
