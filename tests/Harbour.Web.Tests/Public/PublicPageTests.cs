using System.Net;
using Harbour.Testing;

namespace Harbour.Web.Tests.Public;

public sealed class PublicPageTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    public static TheoryData<string, string, string[]> Pages => new()
    {
        { "/", "Get help if someone is being exploited or drawn into terrorism", ["In an emergency call 999", "0800 012 1700", "0800 011 3764", "Medaille Trust – Moving On project", "Survivor Hub", "STOP THE TRAFFIK", "Hampshire, Isle of Wight, Portsmouth and Southampton Modern Slavery Partnership"] },
        { "/spot-the-signs", "Spot the signs of modern slavery", ["Sexual exploitation", "Domestic servitude", "Forced labour", "Criminal exploitation", "Organ removal", "Forced begging", "Forced benefit fraud", "Forced marriage", "Illegal adoption", "Physical appearance", "Isolation", "Poor living conditions", "Few possessions", "Restricted freedom of movement", "Unusual travel times", "Reluctance to seek help", "Lives and works at the same address", "Don't leave it to someone else"] },
        { "/radicalisation", "Signs of radicalisation, Prevent and Channel", ["A noticeable change in their behaviour or mood", "Starting to express extreme political or radical views", "What Prevent is", "What Channel is", "Channel is voluntary", "0800 011 3764"] },
        { "/report", "How to report modern slavery or radicalisation", ["In an emergency call 999", "0800 012 1700", "101", "Don't leave it to someone else", "Crimestoppers", "interpreter"] },
        { "/accessibility", "Accessibility statement for Harbour", ["WCAG", "Equality Advisory and Support Service", "high contrast"] },
        { "/privacy", "Privacy notice", ["Schedule 1, paragraph 18", "Information Commissioner"] },
        { "/cookies", "Cookies", ["harbour_contrast", "harbour_antiforgery"] },
        { "/contact", "Contact us", ["Do not use this address to report a crime"] },
        { "/contrast", "Which colours do you want to use?", ["High contrast"] },
    };

    public static TheoryData<string> Paths => [.. Pages.Select(row => (string)row[0])];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_PublicPage_Returns200WithItsHeadingAndKeyFacts(string path, string heading, string[] facts)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlDocument.ParseAsync(response);
        Assert.Equal(heading, document.QuerySelector("h1")?.TextContent.Trim());
        var text = document.Text();
        Assert.All(facts, fact => Assert.Contains(fact, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_PublicPage_HasTheGovukLayout(string path)
    {
        var client = factory.CreateClient();

        var document = await HtmlDocument.ParseAsync(await client.GetAsync(path));

        Assert.Equal("#main-content", document.QuerySelector("a.govuk-skip-link")?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#main-content"));
        Assert.Equal("Harbour", document.QuerySelector(".govuk-generic-header__homepage-link")?.TextContent.Trim());
        Assert.Equal("Beta", document.QuerySelector(".govuk-phase-banner .govuk-tag")?.TextContent.Trim());
        var footerLinks = document.QuerySelectorAll(".govuk-footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/accessibility", "/privacy", "/cookies", "/contact"], footerLinks);
        Assert.EndsWith("– Harbour", document.Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_PublicPage_HasExitThisPageLinkToTheConfiguredNeutralSite(string path)
    {
        var client = factory.CreateClient();

        var document = await HtmlDocument.ParseAsync(await client.GetAsync(path));

        var exit = document.QuerySelector(".govuk-exit-this-page[data-module=govuk-exit-this-page] a.govuk-exit-this-page__button");
        Assert.NotNull(exit);
        Assert.Equal(HarbourWebFactory.ExitThisPageUrl, exit.GetAttribute("href"));
        Assert.Contains("Exit this page", exit.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_PublicPage_EveryFormCarriesAnAntiforgeryToken(string path)
    {
        var client = factory.CreateClient();

        var document = await HtmlDocument.ParseAsync(await client.GetAsync(path));

        var forms = document.QuerySelectorAll("form");
        Assert.NotEmpty(forms);
        Assert.All(forms, form =>
        {
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.False(string.IsNullOrEmpty(form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")));
        });
    }

    [Fact]
    public async Task Get_Home_ShowsEmergencyAdviceBeforeAnythingElse()
    {
        var client = factory.CreateClient();

        var document = await HtmlDocument.ParseAsync(await client.GetAsync("/"));

        var firstAfterHeading = document.QuerySelector("main h1 + *");
        Assert.Contains("In an emergency call 999", firstAfterHeading?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CurrentPage_IsMarkedInServiceNavigation()
    {
        var client = factory.CreateClient();

        var document = await HtmlDocument.ParseAsync(await client.GetAsync("/report"));

        var current = document.QuerySelectorAll(".govuk-service-navigation__link[aria-current=page]");
        Assert.Equal("How to report", Assert.Single(current).TextContent.Trim());
    }
}
