using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Pathways;
using Harbour.Core.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Tests.Pathways;

public sealed class SafeguardingReferralTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task CareActEnquiry_ReferredAcceptedAndConcluded(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var (reference, lead) = await SafeguardingCaseAsync(world, AgeGroup.Adult);
        await using var db = world.Database.CreateContext();
        var service = new SafeguardingReferralService(db, world.Time, new AuditLog(db, world.Time));
        var actor = ConcernWorld.Actor(lead);

        var pathway = await service.ReferAsync(reference, new SafeguardingReferralRequest(PathwayKind.CareActEnquiry, new DateOnly(2026, 11, 23), "Adult Social Care, Southampton", "ASC-991"), lead, actor);
        var early = await Assert.ThrowsAsync<ValidationFailedException>(() => service.ConcludeAsync(pathway.Id, new DateOnly(2026, 11, 24), "risk-reduced", null, lead, actor));
        Assert.Equal("Record whether the referral was accepted before its outcome", early.Errors["Transition"]);
        await service.RecordDecisionAsync(pathway.Id, true, new DateOnly(2026, 11, 23), "section-42", null, lead, actor);
        await service.ConcludeAsync(pathway.Id, new DateOnly(2026, 11, 24), "risk-reduced", "Moved to safe accommodation", lead, actor);

        var stored = (await service.ForCaseAsync(pathway.CaseId)).Single();
        Assert.Equal(SafeguardingReferralState.Concluded, stored.ReferralState);
        Assert.Equal("section-42", stored.Referral.Decision);
        Assert.Equal("risk-reduced", stored.Referral.Outcome);
        Assert.Equal(["Accept", "Conclude"], stored.History.OrderBy(h => h.OccurredAt).Select(h => h.Trigger));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "safeguarding-referral.conclude"));
    }

    [SkippableFact]
    public async Task CareActEnquiry_ForAChild_IsRefusedAndChildrensReferralNotAcceptedNeedsAReason()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, lead) = await SafeguardingCaseAsync(world, AgeGroup.Child);
        await using var db = world.Database.CreateContext();
        var service = new SafeguardingReferralService(db, world.Time, new AuditLog(db, world.Time));
        var actor = ConcernWorld.Actor(lead);

        var adultRoute = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.ReferAsync(reference, new SafeguardingReferralRequest(PathwayKind.CareActEnquiry, new DateOnly(2026, 11, 23), "Adult Social Care", null), lead, actor));
        Assert.Equal("A Care Act enquiry is for adults: refer a child to children's services", adultRoute.Errors["Transition"]);

        var pathway = await service.ReferAsync(reference, new SafeguardingReferralRequest(PathwayKind.ChildrensServicesReferral, new DateOnly(2026, 11, 23), "Children's Services MASH", null), lead, actor);
        var noReason = await Assert.ThrowsAsync<ValidationFailedException>(() => service.RecordDecisionAsync(pathway.Id, false, new DateOnly(2026, 11, 24), null, null, lead, actor));
        Assert.Equal("Enter why the referral was not accepted", noReason.Errors["NotAcceptedReason"]);
        var beforeReferral = await Assert.ThrowsAsync<ValidationFailedException>(() => service.RecordDecisionAsync(pathway.Id, true, new DateOnly(2026, 11, 20), "section-47", null, lead, actor));
        Assert.Equal("The date of the decision must be on or after 23 November 2026", beforeReferral.Errors["DecidedOn"]);

        await service.RecordDecisionAsync(pathway.Id, false, new DateOnly(2026, 11, 24), null, "Already known; open to the youth offending team", lead, actor);
        Assert.Equal(SafeguardingReferralState.NotAccepted, (await service.ForCaseAsync(pathway.CaseId)).Single().ReferralState);
    }

    [SkippableFact]
    public async Task Referrer_CannotRecordAReferral()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, _) = await SafeguardingCaseAsync(world, AgeGroup.Adult);
        var referrer = await world.UserAsync("southampton-city-council", HarbourRoles.Referrer);
        await using var db = world.Database.CreateContext();
        var service = new SafeguardingReferralService(db, world.Time, new AuditLog(db, world.Time));

        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            service.ReferAsync(reference, new SafeguardingReferralRequest(PathwayKind.CareActEnquiry, new DateOnly(2026, 11, 23), "Adult Social Care", null), referrer, ConcernWorld.Actor(referrer)));
    }

    private static async Task<(string Reference, Access.UserScope Lead)> SafeguardingCaseAsync(ConcernWorld world, AgeGroup age)
    {
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer, c =>
        {
            c.Person.AgeGroup = age;
            c.Consent = age == AgeGroup.Child ? null : ConsentAnswer.Yes;
        });
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var decided = await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), lead, ConcernWorld.Actor(lead));
            return (await concerns.CaseReferenceAsync(decided.CaseId!.Value), lead);
        }
    }
}
