using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Pathways;

[Collection(BrowserCollection.Name)]
public sealed class SupportReferralInBrowserTests(BrowserFixture fixture)
{
    /// <summary>A lead refers a woman to the Moving On project; the Medaille Trust accepts it in its inbox. Axe on every page.</summary>
    [SkippableFact]
    public async Task Lead_RefersAWomanToMovingOn_AndTheMedailleTrustAccepts()
    {
        var lead = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var medaille = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.SafeguardingLead], "medaille-trust");
        var reference = await TestCases.OpenAsync(fixture.Services, lead, AgeGroup.Adult);
        var problems = new List<string>();

        await using (var context = await fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await SignIn.AsAsync(page, lead);
            await page.GotoAsync($"/cases/{reference}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Refer to a support service" }).ClickAsync();
            await page.GetByLabel("Mental health and emotional support").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Find services" }).ClickAsync();
            await SignIn.CheckAsync(page, problems);
            await page.GetByRole(AriaRole.Link, new() { Name = "Refer to Moving On project" }).ClickAsync();
            await Expect(page.GetByText("Who it is for: Women aged 18 or over")).ToBeVisibleAsync();
            await SignIn.CheckAsync(page, problems);

            await page.GetByLabel("Why are you referring them?").FillAsync("Ana needs long-term one-to-one support after leaving the car wash.");
            await page.GetByLabel("What information are you sharing with the service?").FillAsync("Ana, 34, speaks Romanian, now in safe accommodation in Southampton.");
            await page.GetByRole(AriaRole.Group, new() { Name = "Has the person agreed to this referral?" }).GetByLabel("Yes").CheckAsync();
            await page.GetByLabel("Who agreed?").FillAsync("Ana Popescu");
            var date = page.GetByRole(AriaRole.Group, new() { Name = "When did they agree?" });
            await date.GetByLabel("Day").FillAsync("20");
            await date.GetByLabel("Month").FillAsync("11");
            await date.GetByLabel("Year").FillAsync("2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
            await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Referral sent to Moving On project");
            await SignIn.CheckAsync(page, problems);
        }

        await using (var context = await fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await SignIn.AsAsync(page, medaille);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Referrals" }).ClickAsync();
            await SignIn.CheckAsync(page, problems);
            await page.GetByRole(AriaRole.Link, new() { Name = "Moving On project (Medaille Trust)" }).First.ClickAsync();
            await Expect(page.GetByText("Ana, 34, speaks Romanian")).ToBeVisibleAsync();
            await SignIn.CheckAsync(page, problems);
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept referral" }).ClickAsync();
            await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Referral accepted: the case is now shared with your organisation");
            await page.GetByRole(AriaRole.Link, new() { Name = $"case {reference}" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Case {reference}" })).ToBeVisibleAsync();
            await SignIn.CheckAsync(page, problems);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
