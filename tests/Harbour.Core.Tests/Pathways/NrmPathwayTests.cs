using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Pathways;
using Harbour.Core.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Tests.Pathways;

public sealed class NrmPathwayTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task AdultReferral_ConsentSubmitPositiveReasonableGroundsThenConclusiveGrounds(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var (reference, responder) = await CaseWithFirstResponderAsync(world, AgeGroup.Adult);
        await using var db = world.Database.CreateContext();
        var service = new PathwayService(db, world.Time, new AuditLog(db, world.Time));
        var actor = ConcernWorld.Actor(responder);

        var pathway = await service.StartNrmAsync(reference, responder, actor);
        Assert.Equal(NrmState.AwaitingConsent, pathway.NrmState);
        var early = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.SubmitAsync(pathway.Id, new DateOnly(2026, 11, 24), CompetentAuthority.SingleCompetentAuthority, null, responder, actor));
        Assert.Equal("Record the person's informed consent before submitting the referral", early.Errors["Transition"]);

        await service.RecordConsentAsync(pathway.Id, true, "PC Dana Evans", new DateOnly(2026, 11, 24), true, responder, actor);
        // Submitted Tuesday 24 November 2026: 5 working days later is Tuesday 1 December.
        pathway = await service.SubmitAsync(pathway.Id, new DateOnly(2026, 11, 24), CompetentAuthority.SingleCompetentAuthority, "SCA-123", responder, actor);
        Assert.Equal(new DateOnly(2026, 12, 1), pathway.Nrm.ReasonableGroundsDueOn);

        world.Time.Advance(TimeSpan.FromDays(3));
        pathway = await service.RecordReasonableGroundsAsync(pathway.Id, positive: true, new DateOnly(2026, 11, 26), responder, actor);
        Assert.Equal(NrmState.AwaitingConclusiveGrounds, pathway.NrmState);
        Assert.Equal(new DateOnly(2026, 12, 26), pathway.Nrm.RecoveryPeriodEndsOn);

        pathway = await service.RecordConclusiveGroundsAsync(pathway.Id, positive: true, new DateOnly(2026, 11, 27), responder, actor);
        Assert.Equal(NrmState.ConclusiveGroundsPositive, pathway.NrmState);

        var stored = (await service.ForCaseAsync(pathway.CaseId)).Single();
        Assert.Equal(["GiveConsent", "Submit", "PositiveReasonableGrounds", "PositiveConclusiveGrounds"], stored.History.OrderBy(h => h.OccurredAt).Select(h => h.Trigger));
        Assert.Equal("SCA-123", stored.Nrm.AuthorityReference);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "nrm.positiveconclusivegrounds"));
        Assert.True((await new AuditChainVerifier(db).VerifyAsync()).IsIntact);
    }

    [SkippableFact]
    public async Task ChildReferral_NeedsNoConsentAndAddsChildrensServicesAndGuardianTasks()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, responder) = await CaseWithFirstResponderAsync(world, AgeGroup.Child);
        await using var db = world.Database.CreateContext();
        var service = new PathwayService(db, world.Time, new AuditLog(db, world.Time));

        var pathway = await service.StartNrmAsync(reference, responder, ConcernWorld.Actor(responder));

        Assert.Equal(NrmState.ReadyToSubmit, pathway.NrmState);
        var tasks = await db.CaseTasks.Where(t => t.CaseId == pathway.CaseId).Select(t => t.Title).ToListAsync();
        Assert.Contains("Refer to children's services", tasks);
        Assert.Contains("Refer to the Independent Child Trafficking Guardian service", tasks);
        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.RecordConsentAsync(pathway.Id, true, "x", new DateOnly(2026, 11, 24), false, responder, ConcernWorld.Actor(responder)));
    }

    [SkippableFact]
    public async Task AdultWhoRefuses_EndsTheReferral()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, responder) = await CaseWithFirstResponderAsync(world, AgeGroup.Adult);
        await using var db = world.Database.CreateContext();
        var service = new PathwayService(db, world.Time, new AuditLog(db, world.Time));
        var pathway = await service.StartNrmAsync(reference, responder, ConcernWorld.Actor(responder));

        pathway = await service.RecordConsentAsync(pathway.Id, false, "Jo Worker", new DateOnly(2026, 11, 24), false, responder, ConcernWorld.Actor(responder));

        Assert.Equal(NrmState.ConsentRefused, pathway.NrmState);
        var again = await service.StartNrmAsync(reference, responder, ConcernWorld.Actor(responder));
        Assert.Equal(NrmState.AwaitingConsent, again.NrmState);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task DutyToNotify_AfterConsentRefused_IsRecordedAnonymousByDefault(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var (reference, responder) = await CaseWithFirstResponderAsync(world, AgeGroup.Adult);
        await using var db = world.Database.CreateContext();
        var service = new PathwayService(db, world.Time, new AuditLog(db, world.Time));
        var actor = ConcernWorld.Actor(responder);
        var pathway = await service.StartNrmAsync(reference, responder, actor);
        await service.RecordConsentAsync(pathway.Id, false, "Jo Worker", new DateOnly(2026, 11, 24), false, responder, actor);

        var missing = await Assert.ThrowsAsync<ValidationFailedException>(() => service.RecordDutyToNotifyAsync(reference, null, null, null, responder, actor));
        var report = await service.RecordDutyToNotifyAsync(reference, false, new DateOnly(2026, 11, 24), "MS1-4455", responder, actor);

        Assert.Equal("Select whether the person agrees to be named in the report", missing.Errors["PersonAgreesToBeNamed"]);
        Assert.False(report.PersonAgreesToBeNamed);
        Assert.Single(await service.DutyToNotifyReportsAsync(pathway.CaseId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "duty-to-notify.recorded"));
    }

    [SkippableFact]
    public async Task DutyToNotify_ForAChildOrAfterNrmConsent_IsRefused()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (childCase, responder) = await CaseWithFirstResponderAsync(world, AgeGroup.Child);
        await using var db = world.Database.CreateContext();
        var service = new PathwayService(db, world.Time, new AuditLog(db, world.Time));

        var child = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.RecordDutyToNotifyAsync(childCase, false, new DateOnly(2026, 11, 24), null, responder, ConcernWorld.Actor(responder)));

        Assert.StartsWith("Children are always referred to the NRM", child.Errors["Transition"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Referrer_OrStaffOfANonFirstResponderOrganisation_CannotStartOne()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, _) = await CaseWithFirstResponderAsync(world, AgeGroup.Adult);
        var leadWithoutRole = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        await using var db = world.Database.CreateContext();
        var service = new PathwayService(db, world.Time, new AuditLog(db, world.Time));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => service.StartNrmAsync(reference, leadWithoutRole, ConcernWorld.Actor(leadWithoutRole)));
        var outsider = await world.UserAsync("portsmouth-city-council", HarbourRoles.FirstResponder);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => service.StartNrmAsync(reference, outsider, ConcernWorld.Actor(outsider)));
    }

    [SkippableFact]
    public async Task Decision_BeforeSubmissionOrInTheFuture_IsRefused()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, responder) = await CaseWithFirstResponderAsync(world, AgeGroup.Child);
        await using var db = world.Database.CreateContext();
        var service = new PathwayService(db, world.Time, new AuditLog(db, world.Time));
        var actor = ConcernWorld.Actor(responder);
        var pathway = await service.StartNrmAsync(reference, responder, actor);
        await service.SubmitAsync(pathway.Id, new DateOnly(2026, 11, 24), CompetentAuthority.ImmigrationEnforcementCompetentAuthority, null, responder, actor);

        var before = await Assert.ThrowsAsync<ValidationFailedException>(() => service.RecordReasonableGroundsAsync(pathway.Id, true, new DateOnly(2026, 11, 20), responder, actor));
        var future = await Assert.ThrowsAsync<ValidationFailedException>(() => service.RecordReasonableGroundsAsync(pathway.Id, true, new DateOnly(2027, 1, 1), responder, actor));

        Assert.Equal("The date of the decision must be on or after 24 November 2026", before.Errors["DecidedOn"]);
        Assert.Equal("The date of the decision must be today or in the past", future.Errors["DecidedOn"]);
    }

    /// <summary>A case owned by Southampton City Council (a First Responder Organisation) and a First responder there.</summary>
    private static async Task<(string Reference, Access.UserScope Responder)> CaseWithFirstResponderAsync(ConcernWorld world, AgeGroup age)
    {
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer, c =>
        {
            c.Person.AgeGroup = age;
            c.Consent = age == AgeGroup.Child ? null : ConsentAnswer.Yes;
        });
        var responder = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var decided = await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), responder, ConcernWorld.Actor(responder));
            return (await concerns.CaseReferenceAsync(decided.CaseId!.Value), responder);
        }
    }
}
