using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Analysis;

[Collection(BrowserCollection.Name)]
public sealed class AnalystInBrowserTests(BrowserFixture fixture)
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static bool seeded;

    /// <summary>
    /// A police analyst reviews a possible match (the error summary first), finds the address where four people at
    /// risk reported by three agencies were seen, opens its network, and passes graded intelligence to the Pursue
    /// group. Axe on every page.
    /// </summary>
    [SkippableFact]
    public async Task Analyst_ReviewsAMatch_OpensTheNetworkOfAnAddressWithFourVictims_AndSubmitsGradedIntelligence()
    {
        await SeedAsync();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await SignIn.AsAsync(page, await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.PoliceAnalyst], "hiow-constabulary"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Linked records" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Linked records", Level = 1 })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Possible matches to review" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Review Mihaela Stanciu and Mihaela Stanciu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Are these the same person?" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "How each detail moved the score" })).ToContainTextAsync("Family name");
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether these are the same person");
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("The same person", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Why?").FillAsync("Both records give the same passport number");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Recorded as the same person");
        await SignIn.CheckAsync(page, problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Linked records" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hotspots" }).ClickAsync();
        var hotspots = page.GetByRole(AriaRole.Table, new() { Name = "hotspots" });
        var dock = hotspots.GetByRole(AriaRole.Row).Filter(new() { HasText = "14 Quayside Walk" });
        await Expect(dock).ToContainTextAsync("4");
        await SignIn.CheckAsync(page, problems);

        await dock.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "14 Quayside Walk, SO14 2QW" })).ToBeVisibleAsync();
        await Expect(page.Locator("#network-graph")).ToBeVisibleAsync();
        var people = page.GetByRole(AriaRole.Table, new() { Name = "People" });
        foreach (var name in new[] { "Lule Gashi", "Thi Lan Pham", "Hiwet Kidane", "Irina Moraru" })
        {
            await Expect(people).ToContainTextAsync(name);
        }

        await SignIn.CheckAsync(page, problems);

        // What the analyst found goes to the Pursue group as graded intelligence.
        await page.GetByRole(AriaRole.Link, new() { Name = "Pass intelligence to the Pursue group" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit intelligence" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("What is the intelligence?").FillAsync("Four people at risk, reported by three agencies, live at 14 Quayside Walk, SO14 2QW; a minibus collects them at 5am.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("1 – Reliable").CheckAsync();
        await page.GetByLabel("B – Known indirectly to the source but corroborated").CheckAsync();
        await page.GetByLabel("P – Lawful sharing permitted").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before submitting the intelligence" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit intelligence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Intelligence submitted" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Without JavaScript the graph stays hidden and the tables carry the whole network.</summary>
    [SkippableFact]
    public async Task Network_WorksWithoutJavaScript()
    {
        await SeedAsync();
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.PoliceAnalyst], "hiow-constabulary"));

        await page.GotoAsync("/analysis?q=Quayside");
        await page.GetByRole(AriaRole.Link, new() { Name = "14 Quayside Walk, SO14 2QW" }).ClickAsync();
        await Expect(page.Locator("#network-graph")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "People" })).ToContainTextAsync("Irina Moraru");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Concerns and cases" })).ToContainTextAsync("University Hospital Southampton NHS Foundation Trust");
    }

    private async Task SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (seeded)
            {
                return;
            }

            PersonAtRisk AtQuayside(string given, string family) => new()
            {
                GivenNames = given, FamilyName = family, AgeGroup = AgeGroup.Adult, Address = "14 Quayside Walk", Postcode = "SO14 2QW",
            };

            await TestConcerns.SubmitAsync(fixture.Services, "hiow-constabulary", AtQuayside("Lule", "Gashi"));
            await TestConcerns.SubmitAsync(fixture.Services, "uhs-nhs", AtQuayside("Thi Lan", "Pham"));
            await TestConcerns.SubmitAsync(fixture.Services, "southampton-city-council", AtQuayside("Hiwet", "Kidane"));
            await TestConcerns.SubmitAsync(fixture.Services, "uhs-nhs", AtQuayside("Irina", "Moraru"));
            await TestConcerns.SubmitAsync(fixture.Services, "hiow-constabulary", new PersonAtRisk { GivenNames = "Mihaela", FamilyName = "Stanciu", AgeGroup = AgeGroup.Adult });
            await TestConcerns.SubmitAsync(fixture.Services, "hampshire-county-council", new PersonAtRisk { GivenNames = "Mihaela", FamilyName = "Stanciu", AgeGroup = AgeGroup.Adult, Nationality = "RO" }, "hampshire");
            await TestConcerns.LinkAsync(fixture.Services);
            seeded = true;
        }
        finally
        {
            Seeding.Release();
        }
    }
}
