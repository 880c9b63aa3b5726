using System.Globalization;
using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Data;
using Harbour.Core.Statistics;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Harbour.Web.Tests.Statistics;

/// <summary>One web instance with a year of seeded figures, shared by the statistics page tests.</summary>
public sealed class StatisticsFixture : IAsyncLifetime
{
    public HarbourWebFactory Factory { get; } = new();

    public StatisticsSeed.Seeded Seeded { get; private set; } = null!;

    public async Task InitializeAsync() => Seeded = await Factory.WithDatabaseAsync(db => StatisticsSeed.SeedAsync(db, 300, 2025));

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class StatisticsPageTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    private const string Year = "/statistics?Filter.Period=2025";

    private HarbourWebFactory Factory => fixture.Factory;

    [Fact]
    public async Task Get_Coordinator_SeesEveryBreakdownAsAChartWithATable()
    {
        var coordinator = await TestUsers.CreateAsync(Factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");

        using var response = await Factory.CreateClientAs(coordinator).GetAsync(Year);
        var page = await HtmlDocument.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fixture.Seeded.Concerns.Count.ToString("N0", CultureInfo.InvariantCulture), Headline(page, "Concerns submitted"));
        var charts = page.QuerySelectorAll("svg[role=img]");
        Assert.Equal(15, charts.Length);
        Assert.All(charts, svg => Assert.Equal($"{svg.QuerySelector("title")!.Id} {svg.QuerySelector("desc")!.Id}", svg.GetAttribute("aria-labelledby")));
        Assert.Equal(15, page.QuerySelectorAll("table.app-chart__table").Length);
        Assert.Contains(page.QuerySelectorAll("a.govuk-service-navigation__link"), a => a.GetAttribute("href") == "/statistics");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("handler=OpenData", StringComparison.Ordinal));
        // The table under the concerns-by-age chart has a column per quarter and a total.
        var ageTable = page.QuerySelectorAll("table.app-chart__table")[3];
        Assert.Equal(["2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", "Total"], ageTable.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()));
        var children = fixture.Seeded.Concerns.Count(c => c.EffectiveAgeGroup == Harbour.Core.Concerns.AgeGroup.Child);
        Assert.Equal(children.ToString("N0", CultureInfo.InvariantCulture), ageTable.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td")[^1].TextContent.Trim());
    }

    [Fact]
    public async Task Get_LeadOfAnotherOrganisation_SeesOnlyOwnFigures()
    {
        var lead = await TestUsers.CreateAsync(Factory.Services, [HarbourRoles.SafeguardingLead], "portsmouth-city-council");

        var page = await HtmlDocument.ParseAsync(await Factory.CreateClientAs(lead).GetAsync(Year));

        var own = fixture.Seeded.Concerns.Count(c => c.TriageOrganisationId == lead.OrganisationId || c.RaisedByOrganisationId == lead.OrganisationId);
        Assert.True(own < fixture.Seeded.Concerns.Count);
        Assert.Equal(own.ToString("N0", CultureInfo.InvariantCulture), Headline(page, "Concerns submitted"));
        Assert.Contains("records of Portsmouth City Council", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("handler=OpenData", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_OnlyCoordinatorsLeadsFirstRespondersAndPreventLeads()
    {
        await RoleMatrix.AssertAsync(Factory, "/statistics",
            [HarbourRoles.PartnershipCoordinator, HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder, HarbourRoles.PreventLead]);
        await RoleMatrix.AssertAsync(Factory, "/statistics?handler=OpenData&format=csv", [HarbourRoles.PartnershipCoordinator]);
    }

    [Fact]
    public async Task Get_AnArea_CountsOnlyThatArea()
    {
        var coordinator = await TestUsers.CreateAsync(Factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        var southampton = await Factory.WithDatabaseAsync(db => db.Areas.SingleAsync(a => a.Code == "southampton"));

        var page = await HtmlDocument.ParseAsync(await Factory.CreateClientAs(coordinator).GetAsync(Year + "&Filter.Area=southampton"));

        Assert.Equal(fixture.Seeded.Concerns.Count(c => c.AreaId == southampton.Id).ToString("N0", CultureInfo.InvariantCulture), Headline(page, "Concerns submitted"));
    }

    [Theory]
    [InlineData("&Filter.FromDay=31&Filter.FromMonth=2&Filter.FromYear=2025&Filter.ToDay=1&Filter.ToMonth=3&Filter.ToYear=2025", "Enter a date in the form 1 4 2025 for the start of the period")]
    [InlineData("&Filter.FromDay=1&Filter.FromMonth=4&Filter.FromYear=2025&Filter.ToDay=1&Filter.ToMonth=3&Filter.ToYear=2025", "The end of the period must be the same as or after the start")]
    [InlineData("&Filter.Area=atlantis", "Select an area from the list")]
    public async Task Get_BadFilter_ShowsTheErrorSummary(string query, string message)
    {
        var coordinator = await TestUsers.CreateAsync(Factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");

        using var response = await Factory.CreateClientAs(coordinator).GetAsync("/statistics?Filter.Period=2025" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], (await HtmlDocument.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Get_OwnDates_AreUsedInsteadOfThePeriod()
    {
        var coordinator = await TestUsers.CreateAsync(Factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");

        var page = await HtmlDocument.ParseAsync(await Factory.CreateClientAs(coordinator).GetAsync(
            Year + "&Filter.FromDay=1&Filter.FromMonth=4&Filter.FromYear=2025&Filter.ToDay=30&Filter.ToMonth=6&Filter.ToYear=2025"));

        var expected = fixture.Seeded.Concerns.Count(c => c.SubmittedAt!.Value.Month is >= 4 and <= 6);
        Assert.Equal(expected.ToString("N0", CultureInfo.InvariantCulture), Headline(page, "Concerns submitted"));
    }

    [Fact]
    public async Task Get_OpenData_IsKAnonymousWithNotes_AndTheExportIsAudited()
    {
        var coordinator = await TestUsers.CreateAsync(Factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");

        using var response = await Factory.CreateClientAs(coordinator).GetAsync("/statistics?handler=OpenData&format=csv&Filter.Period=2025");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd(',')).ToList();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(lines, l => l.Contains("people were left out because fewer than 11 people shared their published details", StringComparison.Ordinal));
        var header = lines.FindIndex(l => l.StartsWith("gender,ageBroad,citizenship", StringComparison.Ordinal));
        Assert.True(header > 0);
        var rows = lines.Skip(header + 1).ToList();
        Assert.All(rows.GroupBy(r => r), g => Assert.True(g.Count() >= 11, $"{g.Key} describes {g.Count()} people"));
        Assert.True(await Factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "statistics.exported" && e.EntityId == "open-data" && e.UserId == coordinator.Id)));
    }

    [Fact]
    public async Task Get_TablesAsExcel_HasTheHomeOfficeSheets()
    {
        var lead = await TestUsers.CreateAsync(Factory.Services, [HarbourRoles.FirstResponder], "southampton-city-council");

        using var response = await Factory.CreateClientAs(lead).GetAsync("/statistics?handler=Tables&format=xlsx&Filter.Period=2025");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["Notes", "Exploitation type by age", "Nationality", "First responder type", "Decisions", "Duty to Notify"],
            MiniExcel.GetSheetNames(stream));
        Assert.True(await Factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "statistics.exported" && e.EntityId == "nrm-tables" && e.UserId == lead.Id)));
    }

    private static string Headline(AngleSharp.Dom.IDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == key)
            .QuerySelector("dd")!.TextContent.Trim();
}
