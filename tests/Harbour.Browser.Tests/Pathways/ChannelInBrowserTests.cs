using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Core.Pathways;
using Harbour.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Pathways;

[Collection(BrowserCollection.Name)]
public sealed class ChannelInBrowserTests(BrowserFixture fixture)
{
    /// <summary>An under-18's Channel case with a parent's consent, from the referral to the 12-month review, with axe on every page.</summary>
    [SkippableFact]
    public async Task PreventLead_TakesAnUnder18ThroughChannelToTheTwelveMonthReview()
    {
        await using var context = await fixture.NewContextAsync();
        var lead = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.PreventLead], "southampton-city-council");
        var reference = await TestCases.OpenPreventAsync(fixture.Services, lead, AgeGroup.Child);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await SignIn.AsAsync(page, lead);

        await page.GotoAsync($"/cases/{reference}");
        await page.GetByText("Record reasonable adjustments").ClickAsync();
        await page.GetByLabel("How should people work with this person?").FillAsync("Autistic: send a written agenda first and meet in a quiet room.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save adjustments" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Prevent and Channel" }).ClickAsync();
        await Expect(page.Locator("#reasonable-adjustments")).ToContainTextAsync("written agenda");
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a Prevent referral" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Prevent referral details" })).ToBeVisibleAsync();
        await Expect(page.Locator("#reasonable-adjustments")).ToContainTextAsync("written agenda");
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Group, new() { Name = "Type of concern" }).GetByLabel("Extreme right-wing").CheckAsync();
        await page.GetByLabel("Education").CheckAsync();
        await page.GetByLabel("Online activity (optional)").FillAsync("Shares extreme right-wing videos in a class group chat");
        await page.GetByRole(AriaRole.Group, new() { Name = "Does the person have special educational needs or a disability?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("If yes: what are they?").FillAsync("Autistic; has an education, health and care plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral details" }).ClickAsync();

        await FillDateAsync(page, "Date of the assessment", 6, 1, 2025);
        await page.GetByLabel("Refer to the Channel panel").CheckAsync();
        await page.GetByLabel("Reasons for the outcome").FillAsync("Escalating online activity and a worrying older contact");
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record gateway assessment" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Gateway assessment recorded");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a panel meeting" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await FillDateAsync(page, "Date of the meeting", 20, 1, 2025);
        await page.GetByLabel("Chair").FillAsync("Channel chair, Southampton City Council");
        await page.GetByLabel("Who attended?").FillAsync("Prevent lead, police Prevent officer, school, CAMHS");
        await page.GetByLabel("What did the panel decide?").FillAsync("Adopt; find a mentor");
        await page.GetByLabel("Adopt as a Channel case").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record meeting" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a vulnerability assessment" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await FillDateAsync(page, "Date of the assessment", 20, 1, 2025);
        foreach (var factor in VulnerabilityAssessmentFramework.Factors)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = factor.Title, Exact = true }).GetByLabel(factor.Dimension == VulnerabilityDimension.Capability ? "Not present" : "Low", new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Record assessment" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Vulnerability assessment recorded");
        await SignIn.CheckAsync(page, problems);

        await page.GetByLabel("A parent or guardian").CheckAsync();
        await page.GetByLabel("Name of the parent or guardian (if they answered)").FillAsync("Sam Carter");
        await page.GetByRole(AriaRole.Group, new() { Name = "Was consent to Channel support given?" }).GetByLabel("Yes").CheckAsync();
        await FillDateAsync(page, "Date of the answer", 27, 1, 2025);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Consent recorded: support can start");

        await page.GetByLabel("Intervention provider").FillAsync("Home Office intervention provider");
        await page.GetByLabel("What will they do?").FillAsync("Weekly mentoring on online content");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to plan" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await FillDateAsync(page, "Date of exit", 2, 6, 2025);
        await page.GetByLabel("Why are they leaving, and how are they now?").FillAsync("Engaged well; no longer sharing material");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record exit" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Exit recorded: reviews at 6 and 12 months added as tasks");

        foreach (var (months, day, month, year) in new[] { (6, 3, 12, 2025), (12, 2, 6, 2026) })
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{months}-month review" })).ToBeVisibleAsync();
            await SignIn.CheckAsync(page, problems);
            await FillDateAsync(page, "Date of the review", day, month, year);
            await page.GetByLabel("What did the review find?").FillAsync("No new concerns");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record review" }).ClickAsync();
        }

        await Expect(page.GetByText("Complete: both reviews done").First).ToBeVisibleAsync();
        await Expect(page.GetByText("A parent or guardian: Sam Carter")).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GotoAsync($"/cases/{reference}#tasks");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Channel review, 12 months after exit" })).ToContainTextAsync("Done");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task FillDateAsync(IPage page, string legend, int day, int month, int year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
