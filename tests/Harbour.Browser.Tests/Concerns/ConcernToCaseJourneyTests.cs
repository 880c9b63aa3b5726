using System.Text.RegularExpressions;
using Harbour.Core.Accounts;
using Harbour.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Concerns;

[Collection(BrowserCollection.Name)]
public sealed partial class ConcernToCaseJourneyTests(BrowserFixture fixture)
{
    /// <summary>
    /// A referrer raises a concern with an attachment; the area's safeguarding lead triages it and opens a case,
    /// adds a note and a task and shares it with the police, whose analyst can then see it while a third
    /// organisation gets "Page not found". Every page on the way has no axe violations.
    /// </summary>
    [SkippableFact]
    public async Task ReferrerRaises_LeadOpensAndShares_AnalystSees_ThirdOrganisationDoesNot()
    {
        await using var referrerContext = await fixture.NewContextAsync();
        var referrer = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.Referrer], "hiow-constabulary");
        var lead = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var analyst = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.PoliceAnalyst], "hiow-constabulary");
        var outsider = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.SafeguardingLead], "isle-of-wight-council");
        var problems = new List<string>();

        // The referrer raises the concern.
        var page = await referrerContext.NewPageAsync();
        await SignIn.AsAsync(page, referrer);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Concerns" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise a concern" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Type of concern" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Modern slavery or human trafficking").CheckAsync();
        await SaveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Immediate danger" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Yes").CheckAsync();
        await SaveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Call 999 now" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "I have called 999, continue" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Where the person is" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Southampton").CheckAsync();
        await SaveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "About the person" }).ClickAsync();
        await page.GetByLabel("Given names").FillAsync("Ana");
        await page.GetByLabel("Family name").FillAsync("Popescu");
        await page.GetByLabel("Adult (18 or over)").CheckAsync();
        await page.GetByLabel("Year").FillAsync("2031");
        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("1");
        await SaveAsync(page);
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Date of birth must be in the past");
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Year").FillAsync("1998");
        await SaveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Contact details and language" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Nationality").SelectOptionAsync("RO");
        await page.GetByLabel("Languages they speak").FillAsync("Romanian");
        await page.GetByRole(AriaRole.Group, new() { Name = "Do they need an interpreter?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("Phone number").FillAsync("07700 900982");
        await SaveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Exploitation and signs" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Forced labour").CheckAsync();
        await SaveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "What happened" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("What happened?").FillAsync("Driven to a car wash at 6am every day; no coat, no pay.");
        await SaveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Other people involved" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Yes").CheckAsync();
        await SaveAsync(page);
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Suspected exploiter").CheckAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Marius");
        await page.GetByLabel("Vehicle registrations").FillAsync("ab12 cde");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Term).Filter(new() { HasText = "Marius" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Consent" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Yes, they know about it and agree").CheckAsync();
        await SaveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Attachments" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = "statement.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 statement"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload file" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "statement.pdf" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Check your answers" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit concern" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Concern submitted" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        var concernReference = (await page.Locator(".govuk-panel__body strong").TextContentAsync())!.Trim();

        // The council's lead screens it and opens a case.
        await using var leadContext = await fixture.NewContextAsync();
        var leadPage = await leadContext.NewPageAsync();
        await SignIn.AsAsync(leadPage, lead);
        await leadPage.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Triage" }).ClickAsync();
        await SignIn.CheckAsync(leadPage, problems);
        await leadPage.GetByRole(AriaRole.Link, new() { Name = concernReference }).ClickAsync();
        await SignIn.CheckAsync(leadPage, problems);
        await leadPage.GetByLabel("Open a case").CheckAsync();
        await leadPage.GetByLabel("Reason for your decision").FillAsync("Clear indicators of forced labour");
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(leadPage.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync(CaseOpened());
        await SignIn.CheckAsync(leadPage, problems);
        var caseUrl = leadPage.Url;

        await leadPage.GetByLabel("Add a note").FillAsync("Visited with an interpreter; she wants to leave.");
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(leadPage.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Note added");
        await leadPage.GetByLabel("What needs to be done").FillAsync("Find safe accommodation");
        await leadPage.Locator("#DueOn").FillAsync("1");
        await leadPage.Locator("#DueOn-month").FillAsync("12");
        await leadPage.Locator("#DueOn-year").FillAsync("2030");
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Add task" }).ClickAsync();
        await Expect(leadPage.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Task added");
        await leadPage.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync("hiow-constabulary");
        await leadPage.GetByLabel("Why are you sharing it?").FillAsync("Suspected exploiter known to police");
        await leadPage.GetByLabel("Safeguarding", new() { Exact = true }).CheckAsync();
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Share case" }).ClickAsync();
        await Expect(leadPage.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("The case has been shared");
        await SignIn.CheckAsync(leadPage, problems);
        await leadPage.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
        await SignIn.CheckAsync(leadPage, problems);

        // The police analyst can now see it; a third organisation cannot.
        await using var analystContext = await fixture.NewContextAsync();
        var analystPage = await analystContext.NewPageAsync();
        await SignIn.AsAsync(analystPage, analyst);
        await analystPage.GotoAsync(caseUrl);
        await Expect(analystPage.GetByText("Visited with an interpreter")).ToBeVisibleAsync();
        await SignIn.CheckAsync(analystPage, problems);

        await using var outsiderContext = await fixture.NewContextAsync();
        var outsiderPage = await outsiderContext.NewPageAsync();
        await SignIn.AsAsync(outsiderPage, outsider);
        var refused = await outsiderPage.GotoAsync(caseUrl);
        Assert.Equal(404, refused!.Status);
        await Expect(outsiderPage.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableFact]
    public async Task PublicReport_WorksWithoutJavaScript()
    {
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/report/online");
        await page.GetByLabel("Someone being exploited").CheckAsync();
        await page.GetByLabel("What did you see or hear?").FillAsync("A man sleeping in the back of a van behind the nail bar");
        await page.GetByLabel("Portsmouth").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Report sent" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task PublicReport_HasNoAxeViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report/online");
        var problems = new List<string>();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static Task SaveAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

    [GeneratedRegex(@"Case HMS-\d{4}-\d{6} has been opened")]
    private static partial Regex CaseOpened();
}
