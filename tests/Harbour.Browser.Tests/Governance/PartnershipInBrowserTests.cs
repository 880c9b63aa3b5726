using Harbour.Core.Accounts;
using Harbour.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Governance;

[Collection(BrowserCollection.Name)]
public sealed class PartnershipInBrowserTests(BrowserFixture fixture)
{
    /// <summary>
    /// A quarter of the partnership's business: the coordinator schedules the meeting, adds an action agreed at it,
    /// records the quarter's update, and produces the year's report; axe on every page.
    /// </summary>
    [SkippableFact]
    public async Task Coordinator_RecordsAQuarterlyUpdate_AndProducesTheAnnualReport()
    {
        await using var context = await fixture.NewContextAsync();
        var coordinator = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await SignIn.AsAsync(page, coordinator);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Partnership" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Run the partnership" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule a meeting" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule meeting" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date of the meeting");
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Day").FillAsync("10");
        await page.GetByLabel("Month").FillAsync("12");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Where").FillAsync("Winchester, Room 4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule meeting" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meeting on 10 December 2026" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add an action agreed at this meeting" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Brief car wash owners on the signs of forced labour");
        await page.GetByLabel("1. Raise awareness of modern slavery").CheckAsync();
        await page.GetByLabel("Prevent", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Owning organisation").SelectOptionAsync(new SelectOptionValue { Label = "Southampton City Council" });
        await page.GetByLabel("Owner", new() { Exact = true }).FillAsync("Priya Shah");
        await page.GetByLabel("Day").FillAsync("31");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToContainTextAsync("saved");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Action \\d+: Brief car wash owners") }).ClickAsync();
        await SignIn.CheckAsync(page, problems);

        await page.GetByLabel("What has happened this quarter?").FillAsync("Letters sent to 40 car washes; two visits with the police.");
        await page.GetByLabel("Amber").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record update" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToContainTextAsync("Update recorded");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Letters sent to 40 car washes");
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Partnership" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Annual report" }).ClickAsync();
        await page.GetByLabel("Year").SelectOptionAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Delivery against the strategy" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Letters sent to 40 car washes");
        await SignIn.CheckAsync(page, problems);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as PDF" }).ClickAsync());
        Assert.Equal("annual-report-2026.pdf", download.SuggestedFilename);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>A member of staff reads the directory, the strategy and the terms of reference, and their own actions; axe on each.</summary>
    [SkippableFact]
    public async Task Member_ReadsDirectoryStrategyAndOwnActions()
    {
        await using var context = await fixture.NewContextAsync();
        var lead = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.SafeguardingLead], "portsmouth-city-council");
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await SignIn.AsAsync(page, lead);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Partnership" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hampshire and Isle of Wight Constabulary" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "Strategy and terms of reference" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Terms of reference", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("The partnership meets quarterly");
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "The partnership", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Your organisation's actions" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Overdue" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("There are no actions in this view.");
        await SignIn.CheckAsync(page, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
