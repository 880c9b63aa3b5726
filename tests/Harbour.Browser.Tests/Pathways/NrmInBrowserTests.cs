using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Pathways;

[Collection(BrowserCollection.Name)]
public sealed class NrmInBrowserTests(BrowserFixture fixture)
{
    /// <summary>An adult NRM referral from consent to a Conclusive Grounds decision, with axe on every state's page.</summary>
    [SkippableFact]
    public async Task FirstResponder_RecordsConsentSubmissionAndDecisions()
    {
        await using var context = await fixture.NewContextAsync();
        var responder = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder], "southampton-city-council");
        var reference = await TestCases.OpenAsync(fixture.Services, responder);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await SignIn.AsAsync(page, responder);

        await page.GotoAsync($"/cases/{reference}");
        await page.GetByRole(AriaRole.Link, new() { Name = "National Referral Mechanism referral" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start an NRM referral" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Group, new() { Name = "Did the person give informed consent to the referral?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("Who explained the NRM to them?").FillAsync("PC Dana Evans");
        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Group, new() { Name = "Was an interpreter used?" }).GetByLabel("No").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Consent recorded");
        await SignIn.CheckAsync(page, problems);

        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Single Competent Authority").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record submission" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);

        foreach (var (heading, day) in new[] { ("Reasonable Grounds", "21"), ("Conclusive Grounds", "22") })
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{heading} decision" })).ToBeVisibleAsync();
            await page.GetByLabel("Positive").CheckAsync();
            await page.GetByLabel("Day").FillAsync(day);
            await page.GetByLabel("Month").FillAsync("11");
            await page.GetByLabel("Year").FillAsync("2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
            await SignIn.CheckAsync(page, problems);
        }

        await Expect(page.GetByText("Positive Conclusive Grounds decision").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Printable summary for the Home Office form" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".govuk-template__header")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2. The potential victim" })).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync("/cases/due");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overdue and due soon" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
