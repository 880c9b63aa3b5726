using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Governance;
using Harbour.Core.Intelligence;
using Harbour.Core.Access;
using Harbour.Core.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Tests.Intelligence;

public sealed class IntelligenceServiceTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    private static readonly GradingEdit GoodGrading = new(SourceEvaluation.Untested, null, IntelligenceAssessment.KnownIndirectlyCorroborated, HandlingCode.LawfulSharingPermitted, null);

    private const string Intelligence =
        "Ana Maria Popescu (also Annie), born 14/03/1998, phone 07700 900982, is collected from 12 Dock Road, Southampton SO14 3JA at 5am by a white van.";

    public static TheoryData<GradingEdit, string, string> BadGradings => new()
    {
        { new GradingEdit(null, null, IntelligenceAssessment.KnownDirectly, HandlingCode.LawfulSharingPermitted, null), "SourceEvaluation", "Select how reliable the source is" },
        { new GradingEdit(SourceEvaluation.Reliable, null, null, HandlingCode.LawfulSharingPermitted, null), "Assessment", "Select how the source knows the intelligence" },
        { new GradingEdit(SourceEvaluation.Reliable, null, IntelligenceAssessment.KnownDirectly, null, null), "HandlingCode", "Select the handling code" },
        { new GradingEdit(SourceEvaluation.Reliable, null, IntelligenceAssessment.KnownDirectly, HandlingCode.LawfulSharingPermittedWithConditions, "  "), "HandlingConditions", "Enter the conditions for sharing the intelligence" },
        { new GradingEdit((SourceEvaluation)4, null, IntelligenceAssessment.KnownDirectly, HandlingCode.LawfulSharingPermitted, null), "SourceEvaluation", "Select how reliable the source is" },
        { new GradingEdit(SourceEvaluation.Reliable, null, (IntelligenceAssessment)5, HandlingCode.LawfulSharingPermitted, null), "Assessment", "Select how the source knows the intelligence" },
        { new GradingEdit(SourceEvaluation.Reliable, null, IntelligenceAssessment.KnownDirectly, (HandlingCode)2, null), "HandlingCode", "Select the handling code" },
        { new GradingEdit(SourceEvaluation.NotReliable, null, IntelligenceAssessment.NotKnown, HandlingCode.LawfulSharingPermitted, null), "SourceNotReliableReason", "Enter why the source is not reliable" },
    };

    [SkippableTheory]
    [MemberData(nameof(BadGradings))]
    public async Task Grading_MissingOrInvalid_IsRefusedAndSavesNothing(GradingEdit grading, string field, string message)
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        await using var db = world.Database.CreateContext();
        var intelligence = Service(db, world);
        var draft = await intelligence.StartAsync(analyst, ConcernWorld.Actor(analyst));
        await intelligence.SaveTextAsync(draft.Id, Intelligence, analyst, ConcernWorld.Actor(analyst));
        var events = await db.AuditEvents.CountAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => intelligence.SaveGradingAsync(draft.Id, grading, analyst, ConcernWorld.Actor(analyst)));

        Assert.Equal(message, refused.Errors[field]);
        var stored = await intelligence.GetDraftAsync(draft.Id, analyst);
        Assert.Null(stored.SourceEvaluation);
        Assert.Null(stored.Assessment);
        Assert.Null(stored.HandlingCode);
        Assert.Equal(events, await db.AuditEvents.CountAsync());
        // The text is there, so what stops the submission is the grading that was not saved.
        var notGraded = await Assert.ThrowsAsync<ValidationFailedException>(() => intelligence.SubmitAsync(draft.Id, analyst, ConcernWorld.Actor(analyst)));
        Assert.Equal(["SourceEvaluation", "Assessment", "HandlingCode"], notGraded.Errors.Keys);
        Assert.Equal(0, await db.IntelligenceReports.CountAsync(r => r.Status != IntelligenceStatus.Draft));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Submit_RemovesTheVictimsDetails_AndRecordsWhatWasRemoved(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var (lead, caseReference) = await OpenCaseAsync(world);
        await using var db = world.Database.CreateContext();
        var intelligence = Service(db, world);
        var draft = await intelligence.StartAsync(lead, ConcernWorld.Actor(lead));
        await intelligence.SaveCaseAsync(draft.Id, caseReference.ToLowerInvariant(), lead, ConcernWorld.Actor(lead));
        await intelligence.SaveTextAsync(draft.Id, Intelligence, lead, ConcernWorld.Actor(lead));
        await intelligence.SaveGradingAsync(draft.Id, GoodGrading with { HandlingCode = HandlingCode.LawfulSharingPermittedWithConditions, HandlingConditions = "Police only" }, lead, ConcernWorld.Actor(lead));
        var early = await Assert.ThrowsAsync<ValidationFailedException>(() => intelligence.SubmitAsync(draft.Id, lead, ConcernWorld.Actor(lead)));
        Assert.Equal("Select yes if the Pursue group needs the victim's personal details", early.Errors["VictimDetailsNeeded"]);
        await intelligence.SaveVictimDetailsAsync(draft.Id, false, "ignored", lead, ConcernWorld.Actor(lead));

        var report = await intelligence.SubmitAsync(draft.Id, lead, ConcernWorld.Actor(lead));

        Assert.Equal("INT-2026-000001", report.Reference);
        Assert.Equal(IntelligenceStatus.Submitted, report.Status);
        Assert.Equal("2/B/C", report.Grade);
        Assert.Equal(
            "[victim's name] (also [victim's alias]), born [victim's date of birth], phone [victim's phone number], is collected from [victim's address] [victim's postcode] at 5am by a white van.",
            report.Text);
        Assert.Equal(
            [(VictimDetailKind.Name, 1), (VictimDetailKind.Alias, 1), (VictimDetailKind.DateOfBirth, 1), (VictimDetailKind.Phone, 1), (VictimDetailKind.Address, 1), (VictimDetailKind.Postcode, 1)],
            report.Removals.Select(r => (r.Kind, r.Count)));
        var submitted = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == "intelligence.submitted");
        Assert.Contains("\"kind\":\"DateOfBirth\",\"count\":1", submitted.After, StringComparison.Ordinal);
        Assert.DoesNotContain("Popescu", submitted.After, StringComparison.Ordinal);
        // Neither the draft's saves nor the submission put the victim's details on the audit trail.
        Assert.False(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(IntelligenceReport) && (e.After!.Contains("Popescu") || e.Before!.Contains("Popescu") || e.After!.Contains("07700"))));
        Assert.True((await new AuditChainVerifier(db).VerifyAsync()).IsIntact);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task VictimDetailsNeeded_KeepsThem_AndRecordsTheReason(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var (lead, caseReference) = await OpenCaseAsync(world);
        await using var db = world.Database.CreateContext();
        var intelligence = Service(db, world);
        var draft = await intelligence.StartAsync(lead, ConcernWorld.Actor(lead));
        await intelligence.SaveCaseAsync(draft.Id, caseReference, lead, ConcernWorld.Actor(lead));
        await intelligence.SaveTextAsync(draft.Id, Intelligence, lead, ConcernWorld.Actor(lead));
        await intelligence.SaveGradingAsync(draft.Id, GoodGrading, lead, ConcernWorld.Actor(lead));
        var noReason = await Assert.ThrowsAsync<ValidationFailedException>(() => intelligence.SaveVictimDetailsAsync(draft.Id, true, " ", lead, ConcernWorld.Actor(lead)));
        Assert.Equal("Enter why the Pursue group needs the victim's personal details", noReason.Errors["VictimDetailsReason"]);
        await intelligence.SaveVictimDetailsAsync(draft.Id, true, "To safeguard her before a warrant is executed", lead, ConcernWorld.Actor(lead));

        var report = await intelligence.SubmitAsync(draft.Id, lead, ConcernWorld.Actor(lead));

        Assert.Equal(Intelligence, report.Text);
        Assert.Empty(report.Removals);
        Assert.Equal("To safeguard her before a warrant is executed", report.VictimDetailsReason);
        var submitted = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == "intelligence.submitted");
        Assert.Equal("Victim's details kept: To safeguard her before a warrant is executed", submitted.Reason);
    }

    [SkippableFact]
    public async Task Case_TheSubmitterCannotSee_CannotBeLinked()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (_, caseReference) = await OpenCaseAsync(world);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        await using var db = world.Database.CreateContext();
        var intelligence = Service(db, world);
        var draft = await intelligence.StartAsync(analyst, ConcernWorld.Actor(analyst));

        foreach (var reference in new[] { caseReference, "HMS-2026-999999" })
        {
            var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => intelligence.SaveCaseAsync(draft.Id, reference, analyst, ConcernWorld.Actor(analyst)));
            Assert.Equal("Enter the reference of a case you can see, like HMS-2026-000123", refused.Errors["CaseReference"]);
        }

        Assert.Null((await intelligence.GetDraftAsync(draft.Id, analyst)).CaseId);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => intelligence.StartAsync(referrer, ConcernWorld.Actor(referrer)));
        var otherAnalyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => intelligence.GetDraftAsync(draft.Id, otherAnalyst));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task PursueGroup_SeesTasksAndClosesReports_AndNobodyElseFindsThem(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        var member = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        var colleague = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        var outsider = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        await using var db = world.Database.CreateContext();
        var membership = new MembershipService(db, world.Time, new AuditLog(db, world.Time));
        foreach (var person in new[] { member, colleague, coordinator })
        {
            await membership.AddPursueMemberAsync(await db.Users.Where(u => u.Id == person.UserId).Select(u => u.Email).SingleAsync(), coordinator, ConcernWorld.Actor(coordinator));
        }

        var intelligence = Service(db, world);
        var reference = await SubmitAsync(intelligence, outsider);

        // Not a member, or a member outside the police: nothing to find.
        foreach (var user in new[] { outsider, coordinator })
        {
            await Assert.ThrowsAsync<KeyNotFoundException>(() => intelligence.GetAsync(reference, user, ConcernWorld.Actor(user)));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => intelligence.ListAsync(null, user, ConcernWorld.Actor(user)));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => intelligence.TaskAsync(reference, new TaskingEdit(member.UserId, new DateOnly(2026, 12, 1), "Check"), user, ConcernWorld.Actor(user)));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => intelligence.CloseAsync(reference, "Done", user, ConcernWorld.Actor(user)));
        }

        var view = await intelligence.GetAsync(reference, member, ConcernWorld.Actor(member));
        Assert.Equal(IntelligenceStatus.Submitted, view.Report.Status);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "intelligence.read" && e.UserId == member.UserId));
        Assert.Equal(new[] { member.UserId, colleague.UserId }.Order(), (await intelligence.AssigneesAsync(member)).Select(a => a.Id).Order());

        var bad = await Assert.ThrowsAsync<ValidationFailedException>(() => intelligence.TaskAsync(reference, new TaskingEdit(coordinator.UserId, new DateOnly(2026, 11, 1), " "), member, ConcernWorld.Actor(member)));
        Assert.Equal(["AssignedToUserId", "DueOn", "Instructions"], bad.Errors.Keys);
        Assert.Equal("The date the task is due must be today or in the future", bad.Errors["DueOn"]);

        await intelligence.TaskAsync(reference, new TaskingEdit(colleague.UserId, new DateOnly(2026, 12, 1), "Check the van's registration"), member, ConcernWorld.Actor(member));
        await intelligence.TaskAsync(reference, new TaskingEdit(member.UserId, new DateOnly(2026, 12, 8), "Visit the address with the council"), member, ConcernWorld.Actor(member));
        Assert.Single(await intelligence.ListAsync(IntelligenceStatus.Tasked, member, ConcernWorld.Actor(member)));
        Assert.Empty(await intelligence.ListAsync(IntelligenceStatus.Submitted, member, ConcernWorld.Actor(member)));

        var closeRefused = await Assert.ThrowsAsync<ValidationFailedException>(() => intelligence.CloseAsync(reference, "", member, ConcernWorld.Actor(member)));
        Assert.Equal("Enter the outcome", closeRefused.Errors["Outcome"]);
        await intelligence.CloseAsync(reference, "Van stopped; two people safeguarded", colleague, ConcernWorld.Actor(colleague));

        var closed = (await intelligence.GetAsync(reference, member, ConcernWorld.Actor(member))).Report;
        Assert.Equal(IntelligenceStatus.Closed, closed.Status);
        Assert.Equal(["Check the van's registration", "Visit the address with the council"], closed.Taskings.Select(t => t.Instructions));
        Assert.Null(closed.CurrentTasking);
        await Assert.ThrowsAsync<ValidationFailedException>(() => intelligence.TaskAsync(reference, new TaskingEdit(member.UserId, new DateOnly(2026, 12, 8), "Again"), member, ConcernWorld.Actor(member)));
        await Assert.ThrowsAsync<ValidationFailedException>(() => intelligence.CloseAsync(reference, "Again", member, ConcernWorld.Actor(member)));
        Assert.Equal(["intelligence.tasked", "intelligence.retasked", "intelligence.closed"],
            await db.AuditEvents.Where(e => e.Action == "intelligence.tasked" || e.Action == "intelligence.retasked" || e.Action == "intelligence.closed").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        var closing = await db.AuditEvents.SingleAsync(e => e.Action == "intelligence.closed");
        Assert.Contains("\"status\":\"Tasked\"", closing.Before, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Closed\"", closing.After, StringComparison.Ordinal);

        // The submitter follows the status, not the group's tasking or outcome.
        var mine = Assert.Single(await intelligence.MineAsync(outsider));
        Assert.Equal((reference, IntelligenceStatus.Closed), (mine.Reference, mine.Status));
    }

    private static async Task<string> SubmitAsync(IntelligenceService intelligence, UserScope submitter)
    {
        var draft = await intelligence.StartAsync(submitter, ConcernWorld.Actor(submitter));
        await intelligence.SaveTextAsync(draft.Id, "A white van collects workers from the car wash at 5am.", submitter, ConcernWorld.Actor(submitter));
        await intelligence.SaveGradingAsync(draft.Id, GoodGrading, submitter, ConcernWorld.Actor(submitter));
        return (await intelligence.SubmitAsync(draft.Id, submitter, ConcernWorld.Actor(submitter))).Reference!;
    }

    private static IntelligenceService Service(HarbourDbContext db, ConcernWorld world) =>
        new(db, world.Time, new AuditLog(db, world.Time), new CaseReferences(db, world.Time));

    /// <summary>A case about Ana Maria Popescu, with her aliases, date of birth, phone, address and postcode, led by a Southampton lead.</summary>
    private static async Task<(UserScope Lead, string Reference)> OpenCaseAsync(ConcernWorld world)
    {
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer, c => c.Person = new PersonAtRisk
        {
            GivenNames = "Ana Maria", FamilyName = "Popescu", Aliases = ["Annie"], DateOfBirth = new DateOnly(1998, 3, 14), AgeGroup = AgeGroup.Adult,
            Phone = Identifiers.Phone("07700 900982"), Address = "12 Dock Road, Southampton", Postcode = "SO14 3JA",
        });
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Indicators present", null), lead, ConcernWorld.Actor(lead));
            return (lead, await db.Cases.Where(c => c.ConcernId == concern.Id).Select(c => c.Reference).SingleAsync());
        }
    }
}
