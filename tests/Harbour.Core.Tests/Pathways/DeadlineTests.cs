using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Pathways;
using Harbour.Core.Tests.Concerns;

namespace Harbour.Core.Tests.Pathways;

public sealed class DeadlineTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Deadlines_MoveFromDueSoonToOverdueWithTheClock(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer, c => c.Person.AgeGroup = AgeGroup.Child);
        var responder = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder);
        await using var db = world.Database.CreateContext();
        var deadlines = new DeadlineService(db, world.Time);

        // Tuesday 24 November: the concern waits for screening by Wednesday.
        var beforeTriage = await deadlines.OverdueAndDueSoonAsync(responder);
        Assert.Equal(DeadlineKind.Triage, Assert.Single(beforeTriage).Kind);
        Assert.False(beforeTriage[0].IsOverdue);

        var (servicesDb, concerns, _) = world.Services();
        string reference;
        await using (servicesDb)
        {
            var decided = await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), responder, ConcernWorld.Actor(responder));
            reference = await concerns.CaseReferenceAsync(decided.CaseId!.Value);
        }

        var pathways = new PathwayService(db, world.Time, new AuditLog(db, world.Time));
        var pathway = await pathways.StartNrmAsync(reference, responder, ConcernWorld.Actor(responder));
        await pathways.SubmitAsync(pathway.Id, new DateOnly(2026, 11, 24), CompetentAuthority.SingleCompetentAuthority, null, responder, ConcernWorld.Actor(responder));

        var dueSoon = await deadlines.OverdueAndDueSoonAsync(responder);
        Assert.Contains(dueSoon, d => d.Kind == DeadlineKind.ReasonableGrounds && d.DueOn == new DateOnly(2026, 12, 1) && !d.IsOverdue);
        Assert.Equal(2, dueSoon.Count(d => d.Kind == DeadlineKind.Task));

        world.Time.Advance(TimeSpan.FromDays(8));
        var overdue = await deadlines.OverdueAndDueSoonAsync(responder);
        Assert.All(overdue, d => Assert.True(d.IsOverdue));
        Assert.Contains(overdue, d => d.Kind == DeadlineKind.ReasonableGrounds);

        var otherCouncil = await world.UserAsync("portsmouth-city-council", HarbourRoles.SafeguardingLead);
        Assert.Empty(await deadlines.OverdueAndDueSoonAsync(otherCouncil));
    }
}
