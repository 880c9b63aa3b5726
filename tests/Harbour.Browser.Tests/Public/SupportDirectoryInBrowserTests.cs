using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Public;

[Collection(BrowserCollection.Name)]
public sealed class SupportDirectoryInBrowserTests(BrowserFixture fixture)
{
    /// <summary>A member of the public, with JavaScript off, finds support for a woman in Southampton and opens the service.</summary>
    [SkippableFact]
    public async Task Search_WithJavaScriptDisabled_FindsTheMovingOnProject()
    {
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Find support" }).ClickAsync();

        await page.GetByLabel("Search").FillAsync("support");
        await page.GetByLabel("Mental health and emotional support").CheckAsync();
        await page.GetByLabel("Or their postcode").FillAsync("SO14 7LY");
        await page.GetByLabel("Their age (optional)").FillAsync("34");
        await page.GetByLabel("A woman or girl").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "services", Exact = false }).First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Moving On project" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Moving On project" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Women aged 18 or over")).ToBeVisibleAsync();
    }
}
