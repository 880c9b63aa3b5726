using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Harbour.Browser.Tests.Public;

[Collection(BrowserCollection.Name)]
public sealed class PublicPagesInBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    public static TheoryData<string> PublicPages => new()
    {
        "/", "/spot-the-signs", "/radicalisation", "/report", "/accessibility", "/privacy", "/cookies", "/contact", "/contrast", "/no-such-page",
        "/support", "/support?Need=accommodation&Age=30&Gender=female&Postcode=SO14", "/resources", "/learning", "/learning/verify",
    };

    [SkippableTheory]
    [MemberData(nameof(PublicPages))]
    public async Task Page_HasNoWcag22AaViolationsAndNoBlockedScripts(string path)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal))
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync(path);

        var violations = await BrowserFixture.WcagViolationsAsync(page);
        Assert.True(violations.Count == 0, BrowserFixture.Describe(violations));
        Assert.True(consoleErrors.Count == 0, string.Join(Environment.NewLine, consoleErrors));
        // GOV.UK Frontend ran: the template's JavaScript flag is set by our external script and components started.
        Assert.Contains("govuk-frontend-supported", await page.GetAttributeAsync("body", "class") ?? "", StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(PublicPages))]
    public async Task Page_InHighContrast_HasAtLeastSevenToOneTextContrast(string path)
    {
        await using var context = await fixture.NewContextAsync();
        await context.AddCookiesAsync([new Cookie { Name = "harbour_contrast", Value = "high", Url = fixture.BaseUrl }]);
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);

        Assert.Contains("app-high-contrast", await page.GetAttributeAsync("html", "class") ?? "", StringComparison.Ordinal);
        Assert.Equal("rgb(0, 0, 0)", await page.EvalOnSelectorAsync<string>("body", "b => getComputedStyle(b).backgroundColor"));
        var enhanced = await BrowserFixture.EnhancedContrastViolationsAsync(page);
        Assert.True(enhanced.Count == 0, BrowserFixture.Describe(enhanced));
        var violations = await BrowserFixture.WcagViolationsAsync(page);
        Assert.True(violations.Count == 0, BrowserFixture.Describe(violations));
    }

    [SkippableFact]
    public async Task ExitThisPage_PressingShiftThreeTimes_LeavesForTheNeutralSite()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/spot-the-signs");
        // GOV.UK Frontend marks the body once the component listens for the key presses.
        await page.WaitForSelectorAsync("body[data-govuk-frontend-exit-this-page-keypress]", new() { State = WaitForSelectorState.Attached });

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");

        // Polls the address rather than waiting for a load event the quick neutral page may already have fired.
        await Assertions.Expect(page).ToHaveURLAsync(Testing.HarbourWebFactory.ExitThisPageUrl);
        Assert.Equal("Weather", await page.TitleAsync());
    }

    [SkippableFact]
    public async Task ExitThisPage_WithoutJavaScript_IsAPlainLinkToTheNeutralSite()
    {
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");

        await page.GetByRole(AriaRole.Button, new() { Name = "Emergency Exit this page" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(Testing.HarbourWebFactory.ExitThisPageUrl);
    }

    [SkippableFact]
    public async Task HighContrast_WithJavaScriptDisabled_SwitchesOnAndOffByFormPost()
    {
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/radicalisation");

        await page.GetByRole(AriaRole.Button, new() { Name = "Use high contrast" }).ClickAsync();

        Assert.EndsWith("/radicalisation", page.Url, StringComparison.Ordinal);
        // Page scripts (and so axe) cannot run with JavaScript off; the contrast itself is checked in the theory above.
        Assert.Contains("app-high-contrast", await page.GetAttributeAsync("html", "class") ?? "", StringComparison.Ordinal);
        Assert.Equal("high", (await context.CookiesAsync()).Single(c => c.Name == "harbour_contrast").Value);

        await page.GetByRole(AriaRole.Button, new() { Name = "Use standard colours" }).ClickAsync();

        Assert.DoesNotContain("app-high-contrast", await page.GetAttributeAsync("html", "class") ?? "", StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ContrastPage_WithJavaScriptDisabled_ChoosingHighContrastSavesIt()
    {
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/contrast");

        await page.GetByLabel("High contrast").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        Assert.Contains("app-high-contrast", await page.GetAttributeAsync("html", "class") ?? "", StringComparison.Ordinal);
        Assert.True(await page.GetByLabel("High contrast").IsCheckedAsync());
    }

    [SkippableFact]
    public async Task Home_Screenshot_IsWrittenToTestOutput()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var path = Path.Combine(Testing.RepositoryPaths.TestOutput, "home.png");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 10_000);
        output.WriteLine("Screenshot of the home page: " + path);
    }
}
