using Harbour.Core.Accounts;
using Harbour.Core.Data;
using Harbour.Core.Governance;
using Harbour.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Intelligence;

[Collection(BrowserCollection.Name)]
public sealed class IntelligenceInBrowserTests(BrowserFixture fixture)
{
    /// <summary>
    /// A police analyst passes graded intelligence to the Pursue group through the journey (a grading error on
    /// the way); a member of the group opens it, tasks it and closes it. Axe on every page.
    /// </summary>
    [SkippableFact]
    public async Task Analyst_SubmitsGradedIntelligence_AndAPursueMemberTasksAndClosesIt()
    {
        await using var analystContext = await fixture.NewContextAsync();
        var analyst = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.PoliceAnalyst], "hiow-constabulary");
        var page = await analystContext.NewPageAsync();
        var problems = new List<string>();
        await SignIn.AsAsync(page, analyst);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Intelligence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Intelligence", Exact = true })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit intelligence" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await Expect(page.GetByLabel("Which case is the intelligence about?")).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("What is the intelligence?").FillAsync("A white van, AB12 CDE, collects six workers from the Dock Road car wash at 5am and takes them to a house in Portswood.");
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Grade the intelligence" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("2 – Untested").CheckAsync();
        await page.GetByLabel("C – Lawful sharing permitted with conditions").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select how the source knows the intelligence");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the conditions for sharing the intelligence");
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("B – Known indirectly to the source but corroborated").CheckAsync();
        await page.GetByLabel("Conditions for sharing").FillAsync("Not to be shared outside the police without speaking to the submitter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before submitting the intelligence" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("2 – Untested");
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit intelligence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Intelligence submitted" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        var reference = (await page.Locator(".govuk-panel__body strong").TextContentAsync())!.Trim();
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your intelligence reports" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(reference);
        await SignIn.CheckAsync(page, problems);

        // A member of the Pursue group picks it up.
        var member = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.PoliceAnalyst], "hiow-constabulary");
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HarbourDbContext>();
            db.PursueGroupMembers.Add(new PursueGroupMember { Id = Guid.NewGuid(), UserId = member.Id, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var memberContext = await fixture.NewContextAsync();
        page = await memberContext.NewPageAsync();
        await SignIn.AsAsync(page, member);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Intelligence" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "The Pursue group's intelligence reports" }).ClickAsync();
        await page.GetByLabel("Submitted", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show reports" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
        await Expect(page.Locator("main")).ToContainTextAsync("2/B/C");
        await Expect(page.Locator("main")).ToContainTextAsync("Conditions: Not to be shared outside the police");
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Button, new() { Name = "Task it" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Who should act on it?").SelectOptionAsync(new SelectOptionValue { Label = member.DisplayName });
        var due = DateTime.UtcNow.AddDays(14);
        await page.GetByLabel("Day").FillAsync(due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("What needs to be done?").FillAsync("Identify the van's keeper and the Portswood address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Task the report" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToContainTextAsync("Report tasked");
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Button, new() { Name = "Close it" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the report" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the outcome");
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("What was the outcome?").FillAsync("Van stopped; six workers offered support; one arrest");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the report" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToContainTextAsync("Report closed");
        await Expect(page.Locator("main")).ToContainTextAsync("Outcome: Van stopped; six workers offered support; one arrest");
        await SignIn.CheckAsync(page, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Without JavaScript the follow-up questions are simply shown, and grading still works (axe needs JavaScript, so it runs in the journey above).</summary>
    [SkippableFact]
    public async Task Grading_WorksWithoutJavaScript()
    {
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var lead = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.SafeguardingLead], "portsmouth-city-council");
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, lead);
        await page.GotoAsync("/intelligence/submit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("What is the intelligence?").FillAsync("Cash-only nail bar on Albert Road opens at 6am; staff sleep upstairs.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByLabel("Conditions for sharing")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Why is the source not reliable?")).ToBeVisibleAsync();
        await page.GetByLabel("3 – Not reliable").CheckAsync();
        await page.GetByLabel("Why is the source not reliable?").FillAsync("Anonymous caller with a grudge against the owner");
        await page.GetByLabel("D – Not known").CheckAsync();
        await page.GetByLabel("P – Lawful sharing permitted", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Anonymous caller with a grudge against the owner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit intelligence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Intelligence submitted" })).ToBeVisibleAsync();
    }
}
