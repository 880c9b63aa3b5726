using Harbour.Core.Accounts;
using Harbour.Core.Data;
using Harbour.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Statistics;

[Collection(BrowserCollection.Name)]
public sealed class StatisticsInBrowserTests(BrowserFixture fixture)
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static bool seeded;

    /// <summary>A coordinator opens the dashboard from the menu, filters it by year and area, and mistypes a date; axe on every view.</summary>
    [SkippableFact]
    public async Task Coordinator_FiltersTheDashboard_WithNoAxeViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var coordinator = await SignInAsync(page);
        var problems = new List<string>();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Statistics" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Partnership statistics", Level = 1 })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);

        await page.GetByLabel("Quarter or year").SelectOptionAsync(new SelectOptionValue { Label = "The whole of 2024" });
        await page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Southampton" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).ClickAsync();
        await Expect(page.Locator("#statistics-scope")).ToContainTextAsync("1 January 2024 to 31 December 2024, Southampton, all organisations");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Concerns by age group" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);

        await page.GetByText("Choose your own dates instead").ClickAsync();
        var start = page.GetByRole(AriaRole.Group, new() { Name = "Start date" });
        await start.GetByLabel("Day").FillAsync("31");
        await start.GetByLabel("Month").FillAsync("2");
        await start.GetByLabel("Year").FillAsync("2024");
        var end = page.GetByRole(AriaRole.Group, new() { Name = "End date" });
        await end.GetByLabel("Day").FillAsync("30");
        await end.GetByLabel("Month").FillAsync("6");
        await end.GetByLabel("Year").FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a date in the form 1 4 2025 for the start of the period");
        await SignIn.CheckAsync(page, problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.NotNull(coordinator);
    }

    /// <summary>The filter is a plain GET form and the charts are SVG from the server, so all of it works without JavaScript.</summary>
    [SkippableFact]
    public async Task Coordinator_FiltersWithoutJavaScript()
    {
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync("/statistics");
        await page.GetByLabel("Quarter or year").SelectOptionAsync(new SelectOptionValue { Label = "The whole of 2024" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).ClickAsync();

        await Expect(page.Locator("#statistics-scope")).ToContainTextAsync("1 January 2024 to 31 December 2024, all organisations");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Reasonable Grounds decisions" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Reasonable Grounds decisions: figures" })).ToContainTextAsync("2024 Q4");
    }

    private async Task<TestUser> SignInAsync(IPage page)
    {
        await Seeding.WaitAsync();
        try
        {
            if (!seeded)
            {
                await using var scope = fixture.Services.CreateAsyncScope();
                await StatisticsSeed.SeedAsync(scope.ServiceProvider.GetRequiredService<HarbourDbContext>(), 150, 2024, seed: 2024);
                seeded = true;
            }
        }
        finally
        {
            Seeding.Release();
        }

        var coordinator = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        await SignIn.AsAsync(page, coordinator);
        return coordinator;
    }
}
