using Harbour.Core.Accounts;
using Harbour.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Public;

[Collection(BrowserCollection.Name)]
public sealed class DirectoryEditingInBrowserTests(BrowserFixture fixture)
{
    /// <summary>A coordinator finds an entry due a check, changes it and marks it checked, then looks at training figures; axe on each page.</summary>
    [SkippableFact]
    public async Task Coordinator_UpdatesAnEntryDueACheck()
    {
        await using var context = await fixture.NewContextAsync();
        var coordinator = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await SignIn.AsAsync(page, coordinator);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Support directory" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "STOP THE TRAFFIK" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("What does it do?").FillAsync("Shares information about trafficking and takes reports from the public through its app.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save service" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("STOP THE TRAFFIK saved");
        await page.GetByRole(AriaRole.Link, new() { Name = "STOP THE TRAFFIK" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as checked today" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("STOP THE TRAFFIK marked as checked today");
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Training" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "eLearning completions" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Resource library" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a document" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
