using System.Net;
using Harbour.Testing;

namespace Harbour.Web.Tests.Public;

public sealed class SupportDirectoryPageTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Get_WithoutASearch_ListsEveryServiceWithoutSigningIn()
    {
        var document = await HtmlDocument.ParseAsync(await factory.CreateClient().GetAsync("/support"));
        Assert.Equal("Find support", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Moving On project", document.Text(), StringComparison.Ordinal);
        Assert.Contains("Modern Slavery and Exploitation Helpline", document.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ForAManInPortsmouthNeedingAdvocacy_LeavesOutTheWomensServiceAndChildrensGuardians()
    {
        var response = await factory.CreateClient().GetAsync("/support?Need=advocacy&Postcode=PO1+2AB&Age=30&Gender=male");
        var text = (await HtmlDocument.ParseAsync(response)).Text();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Moving On project", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Independent Child Trafficking Guardian service", text, StringComparison.Ordinal);
        Assert.Contains("0 services", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ForAWomanInSouthampton_FindsTheMovingOnProject()
    {
        var text = (await HtmlDocument.ParseAsync(await factory.CreateClient().GetAsync("/support?q=support&Area=southampton&Age=34&Gender=female"))).Text();
        Assert.Contains("Moving On project", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithABadPostcodeAndAge_Is400WithGovukErrors()
    {
        var response = await factory.CreateClient().GetAsync("/support?Postcode=nowhere&Age=old");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Enter a real postcode, like SO14 7LY, or the first part of one, like SO14", "Enter their age as a whole number, like 25"],
            (await HtmlDocument.ParseAsync(response)).ErrorSummary().Order());
    }

    [Fact]
    public async Task ServicePage_ShowsWhoItIsForAndUnknownIdsAre404()
    {
        var client = factory.CreateClient();
        var list = await HtmlDocument.ParseAsync(await client.GetAsync("/support"));
        var link = list.QuerySelectorAll("a").First(a => a.TextContent.Trim() == "Moving On project").GetAttribute("href")!;
        var text = (await HtmlDocument.ParseAsync(await client.GetAsync(link))).Text();

        Assert.Contains("Women aged 18 or over", text, StringComparison.Ordinal);
        Assert.Contains("Hampshire, Portsmouth, Southampton, Isle of Wight", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/support/{Guid.NewGuid()}")).StatusCode);
    }
}
