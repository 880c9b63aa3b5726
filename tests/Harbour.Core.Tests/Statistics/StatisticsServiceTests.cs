using Harbour.Core;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Pathways;
using Harbour.Core.ReferenceData;
using Harbour.Core.Statistics;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.Statistics;

public sealed class StatisticsServiceTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Figures_EqualIndependentCounts_ForAYearAQuarterAnAreaAndAnOrganisation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        await new ReferenceDataLoader(db, Time, new AuditLog(db, Time)).LoadAsync(RepositoryPaths.ReferenceData);
        var seeded = await StatisticsSeed.SeedAsync(db, 400, 2025);
        var service = new StatisticsService(db, Time, new AuditLog(db, Time));
        var area = seeded.Concerns[0].AreaId!.Value;
        var organisation = seeded.Concerns[0].TriageOrganisationId!.Value;

        foreach (var query in new[]
        {
            StatisticsQuery.ForYear(2025),
            StatisticsQuery.ForQuarter(new CalendarQuarter(2025, 2)),
            StatisticsQuery.ForYear(2025, areaId: area),
            StatisticsQuery.ForYear(2025, organisationId: organisation),
        })
        {
            var figures = await service.FiguresAsync(query);
            AssertMatches(seeded, query, figures);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task HomeOfficeTablesAndOpenData_CountTheSameReferralsAndPeople(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        await new ReferenceDataLoader(db, Time, new AuditLog(db, Time)).LoadAsync(RepositoryPaths.ReferenceData);
        var seeded = await StatisticsSeed.SeedAsync(db, 300, 2025);
        var service = new StatisticsService(db, Time, new AuditLog(db, Time));
        var query = StatisticsQuery.ForYear(2025);

        var tables = await service.HomeOfficeTablesAsync(query);
        var people = await service.OpenDataPeopleAsync(query);

        var nrm = seeded.Pathways.Where(p => p.Kind == PathwayKind.NationalReferralMechanism).ToList();
        var byNationality = tables.Single(t => t.Title == "Referrals by nationality");
        Assert.Equal(nrm.Count, byNationality.Rows.Sum(r => (int)r[^1]));
        var byResponder = tables.Single(t => t.Title == "Referrals by first responder type");
        Assert.Equal(nrm.Count, byResponder.Rows.Sum(r => (int)r[^1]));
        var decisions = tables.Single(t => t.Title == "Decisions");
        Assert.Equal(nrm.Count, decisions.Rows.Take(4).Sum(r => (int)r[1]));
        Assert.Equal(seeded.Concerns.Count(c => c.IsModernSlavery), people.Count);
        Assert.Equal(seeded.Concerns.Count(c => c.IsModernSlavery && c.IndicatorCodes.Contains("documents-held")), people.Count(p => p.MeansOfControl.Contains("Withholds documents")));

        await service.RecordExportAsync(AuditActor.System, "open-data", query);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "statistics.exported" && e.EntityId == "open-data"));
    }

    [Fact]
    public void WeightedMedian_OfOddAndEvenCounts()
    {
        Assert.Null(StatisticsService.WeightedMedian([]));
        Assert.Equal(3, StatisticsService.WeightedMedian([(1, 1), (3, 1), (9, 1)]));
        Assert.Equal(2, StatisticsService.WeightedMedian([(1, 2), (3, 2)]));
        Assert.Equal(4, StatisticsService.WeightedMedian([(4, 3), (10, 1)]));
    }

    private static void AssertMatches(StatisticsSeed.Seeded seeded, StatisticsQuery query, PartnershipFigures figures)
    {
        var start = query.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = query.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        bool InArea(Guid? area) => query.AreaId is null || area == query.AreaId;
        var concerns = seeded.Concerns
            .Where(c => c.SubmittedAt >= start && c.SubmittedAt < end && InArea(c.AreaId))
            .Where(c => query.OrganisationId is null || c.TriageOrganisationId == query.OrganisationId || c.RaisedByOrganisationId == query.OrganisationId)
            .ToList();
        var cases = seeded.Cases.Where(c => InArea(c.AreaId) && (query.OrganisationId is null || c.OwnerOrganisationId == query.OrganisationId))
            .ToDictionary(c => c.Id);
        bool InPeriod(DateOnly? day) => day >= query.From && day <= query.To;

        Assert.Equal(concerns.Count, figures.ConcernsByType.Overall.Total);
        Assert.Equal(concerns.Count, figures.ConcernsByArea.Overall.Total);
        Assert.Equal(concerns.Count(c => c.AreaId is null), figures.ConcernsByArea.Overall.CountOf("Not known"));
        Assert.Equal(concerns.Count(c => c.IsPrevent && !c.IsModernSlavery), figures.ConcernsByType.Overall.CountOf("Prevent"));
        Assert.Equal(concerns.Count(c => c.EffectiveAgeGroup == AgeGroup.Child), figures.ConcernsByAgeGroup.Overall.CountOf("Child"));
        Assert.Equal(concerns.Count(c => c.EffectiveAgeGroup == AgeGroup.NotKnown), figures.ConcernsByAgeGroup.Overall.CountOf("Not known"));
        Assert.Equal(concerns.Count(c => c.Person.Gender == "Other"), figures.ConcernsByGender.Overall.CountOf("In another way"));
        Assert.Equal(concerns.Count(c => c.Person.Nationality == "RO"), figures.ConcernsByNationality.Overall.CountOf("Romania"));
        Assert.Equal(concerns.Count(c => c.Person.Nationality is null), figures.ConcernsByNationality.Overall.CountOf("Not known"));
        Assert.Equal(concerns.Count(c => c.IsModernSlavery && c.ExploitationTypeCodes.Contains("forced-labour")), figures.ExploitationTypes.Overall.CountOf("Forced labour"));
        Assert.Equal(concerns.Count(c => c.IsModernSlavery && c.ExploitationTypeCodes.Count == 0), figures.ExploitationTypes.Overall.CountOf("Not specified"));
        Assert.Equal(concerns.Count(c => c.DecidedAt is null), figures.TimeToTriage.Overall.CountOf("Awaiting triage"));
        Assert.Equal(concerns.Count(c => c.DecidedAt <= c.TriageDueAt), figures.TimeToTriage.Overall.CountOf("Triaged within 1 working day"));
        Assert.Equal(concerns.Count(c => c.IsPrevent && c.PreventConcernType == PreventConcernType.Islamist), figures.PreventByConcernType.Overall.CountOf("Islamist"));
        foreach (var quarter in figures.ConcernsByType.ByQuarter)
        {
            Assert.Equal(concerns.Count(c => CalendarQuarter.Of(c.SubmittedAt!.Value) == quarter.Quarter), quarter.Breakdown.Total);
        }

        var nrm = seeded.Pathways.Where(p => p.Kind == PathwayKind.NationalReferralMechanism && cases.ContainsKey(p.CaseId)).ToList();
        Assert.Equal(nrm.Count(p => InPeriod(p.Nrm.SubmittedOn)), figures.NrmReferralsByAgeGroup.Overall.Total);
        Assert.Equal(nrm.Count(p => InPeriod(p.Nrm.SubmittedOn) && p.Nrm.IsChild), figures.NrmReferralsByAgeGroup.Overall.CountOf("Child"));
        var decided = nrm.Where(p => InPeriod(p.Nrm.ReasonableGroundsOn)).ToList();
        Assert.Equal(decided.Count(p => p.NrmState == NrmState.ReasonableGroundsNegative || (p.NrmState == NrmState.ReconsiderationRequested && p.Nrm.ConclusiveGroundsOn is null)),
            figures.ReasonableGroundsDecisions.Overall.CountOf("Negative"));
        Assert.Equal(decided.Count, figures.ReasonableGroundsDecisions.Overall.Total);
        var days = decided.Select(p => WorkingDays.Between(p.Nrm.SubmittedOn!.Value, p.Nrm.ReasonableGroundsOn!.Value)).Order().ToList();
        Assert.Equal(days.Count, figures.ReasonableGroundsTiming.Decisions);
        Assert.Equal(days.Count(d => d <= 5), figures.ReasonableGroundsTiming.WithinTarget);
        Assert.Equal(days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2.0,
            figures.ReasonableGroundsTiming.MedianWorkingDays);
        Assert.Equal(nrm.Count(p => InPeriod(p.Nrm.ConclusiveGroundsOn) && p.NrmState == NrmState.ConclusiveGroundsPositive), figures.ConclusiveGroundsDecisions.Overall.CountOf("Positive"));
        Assert.Equal(nrm.Count(p => InPeriod(p.Nrm.ConclusiveGroundsOn)), figures.ConclusiveGroundsDecisions.Overall.Total);

        var dutyToNotify = seeded.DutyToNotify.Where(r => cases.ContainsKey(r.CaseId) && InPeriod(r.SubmittedOn)).ToList();
        Assert.Equal(dutyToNotify.Count, figures.DutyToNotifyReports.Overall.Total);

        var channel = seeded.Pathways.Where(p => p.Kind == PathwayKind.Channel && cases.ContainsKey(p.CaseId)).ToList();
        Assert.Equal(channel.Count(p => p.CreatedAt >= start && p.CreatedAt < end), figures.PreventByReferringSector.Overall.Total);
        Assert.Equal(channel.Count(p => p.CreatedAt >= start && p.CreatedAt < end && p.Channel.ReferringSector == ReferringSector.Education),
            figures.PreventByReferringSector.Overall.CountOf("Education"));
        Assert.Equal(channel.Count(p => InPeriod(p.Channel.AdoptedOn)), figures.ChannelOutcomes.Overall.CountOf("Adopted as Channel cases"));
        Assert.Equal(channel.Count(p => InPeriod(p.Channel.GatewayAssessedOn) && p.Channel.GatewayOutcome == GatewayOutcome.ChannelPanel),
            figures.ChannelOutcomes.Overall.CountOf("Sent to the Channel panel"));

        var support = seeded.SupportReferrals
            .Where(r => r.SentAt >= start && r.SentAt < end)
            .Where(r => query.AreaId is null || seeded.Cases.Single(c => c.Id == r.CaseId).AreaId == query.AreaId)
            .Where(r => query.OrganisationId is null || r.ReferredByOrganisationId == query.OrganisationId || r.ReceivingOrganisationId == query.OrganisationId)
            .ToList();
        Assert.Equal(support.Count, figures.SupportReferralsByOutcome.Overall.Total);
        Assert.Equal(support.Count(r => r.Status == Harbour.Core.Referrals.SupportReferralStatus.Declined), figures.SupportReferralsByOutcome.Overall.CountOf("Declined"));
    }
}
