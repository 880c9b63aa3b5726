using System.Net;
using Harbour.Testing;

namespace Harbour.Web.Tests.Public;

public sealed class ContrastTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Post_HighContrast_SetsCookieAndReturnsToThePage()
    {
        var client = factory.CreateClient();
        var token = await Forms.AntiforgeryAsync(client, "/spot-the-signs");

        var response = await client.PostAsync("/contrast", Forms.Form(token, ("contrast", "high"), ("returnUrl", "/spot-the-signs")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/spot-the-signs", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("harbour_contrast=", StringComparison.Ordinal));
        Assert.Contains("harbour_contrast=high", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_WithHighContrastCookie_MarksThePageAndOffersStandardColours()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "harbour_contrast=high");

        var document = await HtmlDocument.ParseAsync(await client.SendAsync(request));

        Assert.Contains("app-high-contrast", document.DocumentElement.ClassList);
        Assert.Equal("Use standard colours", document.QuerySelector(".app-contrast-toggle__button")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_WithoutCookie_UsesStandardColours()
    {
        var client = factory.CreateClient();

        var document = await HtmlDocument.ParseAsync(await client.GetAsync("/"));

        Assert.DoesNotContain("app-high-contrast", document.DocumentElement.ClassList);
        Assert.Equal("Use high contrast", document.QuerySelector(".app-contrast-toggle__button")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_StandardColours_RemovesTheCookie()
    {
        var client = factory.CreateClient();
        var token = await Forms.AntiforgeryAsync(client, "/");

        var response = await client.PostAsync("/contrast", Forms.Form(token, ("contrast", "standard"), ("returnUrl", "/")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("harbour_contrast=", StringComparison.Ordinal));
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task Post_ReturnUrlOffSite_RedirectsHomeInstead(string returnUrl)
    {
        var client = factory.CreateClient();
        var token = await Forms.AntiforgeryAsync(client, "/");

        var response = await client.PostAsync("/contrast", Forms.Form(token, ("contrast", "high"), ("returnUrl", returnUrl)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_NoChoice_ShowsErrorSummaryWith400()
    {
        var client = factory.CreateClient();
        var token = await Forms.AntiforgeryAsync(client, "/contrast");

        var response = await client.PostAsync("/contrast", Forms.Form(token, ("returnUrl", "/contrast")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await HtmlDocument.ParseAsync(response);
        Assert.Equal("Select the colours you want to use", document.QuerySelector(".govuk-error-summary__list a")?.TextContent.Trim());
        Assert.Equal("#contrast", document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("#contrast-error"));
        Assert.StartsWith("Error: ", document.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("harbour_contrast=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/contrast", new FormUrlEncodedContent([new("contrast", "high")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("harbour_contrast=", StringComparison.Ordinal));
    }
}
