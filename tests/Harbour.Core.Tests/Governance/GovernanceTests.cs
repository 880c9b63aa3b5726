using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Governance;
using Harbour.Core.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Tests.Governance;

public sealed class GovernanceTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task QuarterlyUpdates_KeepRagHistory_AndMoveTheActionBetweenViews(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        var owner = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var other = await world.UserAsync("portsmouth-city-council", HarbourRoles.SafeguardingLead);
        await using var db = world.Database.CreateContext();
        var plan = new ActionPlanService(db, world.Time, new AuditLog(db, world.Time));
        var action = await plan.AddAsync(PartnershipGroup.Partnership, await EditAsync(db, "southampton-city-council", new DateOnly(2026, 12, 31)), coordinator, ConcernWorld.Actor(coordinator));

        Assert.Single(await plan.ListAsync(PartnershipGroup.Partnership, ActionView.NoUpdateThisQuarter, coordinator));
        await plan.RecordUpdateAsync(action.Id, new ActionUpdateEdit("Training booked for January", Rag.Amber, false), owner, ConcernWorld.Actor(owner));
        Assert.Empty(await plan.ListAsync(PartnershipGroup.Partnership, ActionView.NoUpdateThisQuarter, coordinator));

        world.Time.Advance(TimeSpan.FromDays(60)); // into 2027 Q1, past the due date
        Assert.Single(await plan.ListAsync(PartnershipGroup.Partnership, ActionView.NoUpdateThisQuarter, owner));
        Assert.Single(await plan.ListAsync(PartnershipGroup.Partnership, ActionView.Overdue, owner));
        await plan.RecordUpdateAsync(action.Id, new ActionUpdateEdit("Delivered to 40 staff", Rag.Green, true), owner, ConcernWorld.Actor(owner));

        var summary = await plan.GetAsync(action.Id, coordinator);
        Assert.Equal([Rag.Green, Rag.Amber], summary.Action.Updates.Select(u => u.Rag));
        Assert.Equal([new CalendarQuarter(2027, 1), new CalendarQuarter(2026, 4)], summary.Action.Updates.Select(u => u.Quarter));
        Assert.Equal(ActionState.Completed, summary.Action.State);
        Assert.Empty(await plan.ListAsync(PartnershipGroup.Partnership, ActionView.Overdue, coordinator));
        Assert.Single(await plan.ListAsync(PartnershipGroup.Partnership, ActionView.Completed, coordinator));
        Assert.Empty(await plan.ListAsync(PartnershipGroup.Partnership, ActionView.ByObjective, other));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => plan.RecordUpdateAsync(action.Id, new ActionUpdateEdit("Not mine", Rag.Red, false), other, ConcernWorld.Actor(other)));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "action.updated"));
        Assert.True((await new AuditChainVerifier(db).VerifyAsync()).IsIntact);
    }

    [SkippableFact]
    public async Task RecordUpdate_WithoutTextOrRag_IsRefusedAndSavesNothing()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        await using var db = world.Database.CreateContext();
        var plan = new ActionPlanService(db, world.Time, new AuditLog(db, world.Time));
        var action = await plan.AddAsync(PartnershipGroup.Partnership, await EditAsync(db, "hiow-opcc", new DateOnly(2027, 3, 31)), coordinator, ConcernWorld.Actor(coordinator));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            plan.RecordUpdateAsync(action.Id, new ActionUpdateEdit(" ", null, false), coordinator, ConcernWorld.Actor(coordinator)));

        Assert.Equal("Enter what has happened this quarter", refused.Errors["Text"]);
        Assert.Equal("Select the action's RAG status", refused.Errors["Rag"]);
        Assert.Equal(0, await db.ActionUpdates.CountAsync());
    }

    [SkippableFact]
    public async Task AddAction_WithoutObjectiveOr4P_NamesEachMissingAnswer()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        await using var db = world.Database.CreateContext();
        var plan = new ActionPlanService(db, world.Time, new AuditLog(db, world.Time));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => plan.AddAsync(PartnershipGroup.Partnership,
            new ActionEdit("Run a campaign", null, null, [], null, null, null), coordinator, ConcernWorld.Actor(coordinator)));

        Assert.Equal(["DueOn", "FourPCodes", "ObjectiveId", "OwnerName", "OwnerOrganisationId"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await db.PlanActions.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task PursueGroup_MeetingsAndActions_AreHiddenFromNonMembers_CoordinatorsIncluded(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        var otherAnalyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        await using var db = world.Database.CreateContext();
        var audit = new AuditLog(db, world.Time);
        var membership = new MembershipService(db, world.Time, audit);
        var email = await db.Users.Where(u => u.Id == analyst.UserId).Select(u => u.Email).SingleAsync();
        await membership.AddPursueMemberAsync(email, coordinator, ConcernWorld.Actor(coordinator));
        var meetings = new MeetingService(db, world.Time, audit, world.Attachments);
        var plan = new ActionPlanService(db, world.Time, audit);

        var meeting = await meetings.ScheduleAsync(PartnershipGroup.Pursue, new MeetingEdit(new DateOnly(2026, 12, 3), "Police HQ, Eastleigh", "Detective Superintendent"), analyst, ConcernWorld.Actor(analyst));
        var action = await plan.AddAsync(PartnershipGroup.Pursue, await EditAsync(db, "hiow-constabulary", new DateOnly(2027, 1, 31)), analyst, ConcernWorld.Actor(analyst));

        foreach (var outsider in new[] { coordinator, otherAnalyst })
        {
            await Assert.ThrowsAsync<KeyNotFoundException>(() => meetings.GetAsync(meeting.Id, outsider));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => meetings.ListAsync(PartnershipGroup.Pursue, outsider));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => plan.GetAsync(action.Id, outsider));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => plan.ListAsync(PartnershipGroup.Pursue, ActionView.ByObjective, outsider));
        }

        Assert.Single(await plan.ListAsync(PartnershipGroup.Pursue, ActionView.ByObjective, analyst));
        Assert.Empty(await plan.ListAsync(PartnershipGroup.Partnership, ActionView.ByObjective, coordinator));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => meetings.ListAsync(PartnershipGroup.Partnership, analyst));
    }

    [SkippableFact]
    public async Task Meeting_AgendaProposesActionsDueAnUpdate_AndRecordsAttendanceMinutesAndPapers()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        await using var db = world.Database.CreateContext();
        var audit = new AuditLog(db, world.Time);
        var plan = new ActionPlanService(db, world.Time, audit);
        var due = await plan.AddAsync(PartnershipGroup.Partnership, await EditAsync(db, "hiow-opcc", new DateOnly(2027, 3, 31), "Publish the awareness campaign"), coordinator, ConcernWorld.Actor(coordinator));
        var updated = await plan.AddAsync(PartnershipGroup.Partnership, await EditAsync(db, "hiow-opcc", new DateOnly(2027, 3, 31), "Refresh the protocol"), coordinator, ConcernWorld.Actor(coordinator));
        await plan.RecordUpdateAsync(updated.Id, new ActionUpdateEdit("Draft circulated", Rag.Green, false), coordinator, ConcernWorld.Actor(coordinator));
        var meetings = new MeetingService(db, world.Time, audit, world.Attachments);

        var meeting = await meetings.ScheduleAsync(PartnershipGroup.Partnership, new MeetingEdit(new DateOnly(2026, 12, 10), "Winchester", "Office of the Police and Crime Commissioner"), coordinator, ConcernWorld.Actor(coordinator));

        var objectiveItem = Assert.Single(meeting.Agenda, i => i.StartsWith("Objective 1:", StringComparison.Ordinal));
        Assert.Contains($"action {due.Number} (Publish the awareness campaign)", objectiveItem, StringComparison.Ordinal);
        Assert.DoesNotContain("Refresh the protocol", objectiveItem, StringComparison.Ordinal);

        var badAttendance = await Assert.ThrowsAsync<ValidationFailedException>(() => meetings.RecordAttendanceAsync(meeting.Id, "Jane Smith", null, coordinator, ConcernWorld.Actor(coordinator)));
        Assert.StartsWith("Enter each person as their name, a comma", badAttendance.Errors["Present"], StringComparison.Ordinal);
        await meetings.RecordAttendanceAsync(meeting.Id, "Jane Smith, OPCC", null, coordinator, ConcernWorld.Actor(coordinator));
        await meetings.RecordAttendanceAsync(meeting.Id, "Jane Smith, OPCC\nDS Raj Patel, Hampshire Constabulary", "Ann Lee, NHS", coordinator, ConcernWorld.Actor(coordinator));
        await meetings.RecordMinutesAsync(meeting.Id, "The partnership reviewed the plan.", "Adopt the protocol\n\nFund the campaign", coordinator, ConcernWorld.Actor(coordinator));
        var pdf = "%PDF-1.4\n%%EOF"u8.ToArray();
        await meetings.AddPaperAsync(meeting.Id, new Upload("plan.pdf", pdf.Length, () => new MemoryStream(pdf)), coordinator, ConcernWorld.Actor(coordinator));

        var (stored, _) = await meetings.GetAsync(meeting.Id, coordinator);
        Assert.Equal(2, stored.Attendees.Count(a => a.Attendance == Attendance.Present));
        Assert.Equal("NHS", stored.Attendees.Single(a => a.Attendance == Attendance.Apologies).Organisation);
        Assert.Equal(["Adopt the protocol", "Fund the campaign"], stored.Decisions);
        Assert.Equal("plan.pdf", Assert.Single(stored.Papers).FileName);
    }

    [SkippableFact]
    public async Task TermsOfReference_NewVersion_KeepsTheOldOne_AndStrategyDatesAreChecked()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        var lead = await world.UserAsync("hiow-opcc", HarbourRoles.SafeguardingLead);
        await using var db = world.Database.CreateContext();
        var service = new StrategyService(db, world.Time, new AuditLog(db, world.Time));
        Assert.Equal(1, (await service.CurrentTermsAsync())!.Version); // seeded from reference-data

        await service.RecordTermsAsync(new TermsOfReferenceEdit("## Purpose\n\nReviewed.", new DateOnly(2026, 11, 20), new DateOnly(2027, 11, 20)), coordinator, ConcernWorld.Actor(coordinator));
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.RecordStrategyAsync(new StrategyEdit("Strategy 2028 to 2031", new DateOnly(2028, 4, 1), new DateOnly(2028, 3, 1), null), coordinator, ConcernWorld.Actor(coordinator)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            service.RecordTermsAsync(new TermsOfReferenceEdit("x", new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)), lead, ConcernWorld.Actor(lead)));

        Assert.Equal([2, 1], (await service.TermsHistoryAsync()).Select(t => t.Version));
        Assert.Equal("The end date must be after the start date", refused.Errors["EndsOn"]);
        Assert.Equal("Enter the date the strategy is to be reviewed", refused.Errors["ReviewDueOn"]);
    }

    [SkippableFact]
    public async Task Membership_AnnualReview_ContinuesOrEnds_AndRepresentativesAreChecked()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        await using var db = world.Database.CreateContext();
        var service = new MembershipService(db, world.Time, new AuditLog(db, world.Time));
        var unseen = await db.Organisations.Where(o => o.Code == "unseen").Select(o => o.Id).SingleAsync();

        var member = await service.AddAsync(unseen, new DateOnly(2026, 11, 1), coordinator, ConcernWorld.Actor(coordinator));
        var badEmail = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.AddRepresentativeAsync(member.Id, new RepresentativeEdit("Sam Jones", null, "sam@", null), coordinator, ConcernWorld.Actor(coordinator)));
        await service.AddRepresentativeAsync(member.Id, new RepresentativeEdit("Kim Lowe", null, "kim@unseenuk.org", null), coordinator, ConcernWorld.Actor(coordinator));
        await service.AddRepresentativeAsync(member.Id, new RepresentativeEdit("Sam Jones", "Head of Services", "sam@unseenuk.org", null), coordinator, ConcernWorld.Actor(coordinator));
        await service.RemoveRepresentativeAsync(member.Id, 0, coordinator, ConcernWorld.Actor(coordinator));
        await service.RecordReviewAsync(member.Id, false, coordinator, ConcernWorld.Actor(coordinator));

        Assert.Equal("Enter an email address in the correct format, like name@example.gov.uk", badEmail.Errors["Email"]);
        Assert.DoesNotContain(await service.MembersAsync(), m => m.Member.Id == member.Id);
        var former = (await service.MembersAsync(includeFormer: true)).Single(m => m.Member.Id == member.Id);
        Assert.Equal(new DateOnly(2026, 11, 24), former.Member.LeftOn);
        Assert.Equal("Sam Jones", Assert.Single(former.Member.Representatives).Name);
        Assert.Equal(12, (await service.MembersAsync()).Count); // the members seeded from reference-data
    }

    internal static async Task<ActionEdit> EditAsync(HarbourDbContext db, string ownerCode, DateOnly due, string title = "Deliver awareness training to housing officers")
    {
        var objective = await db.StrategicObjectives.Where(o => o.Number == 1).Select(o => o.Id).SingleAsync();
        var owner = await db.Organisations.Where(o => o.Code == ownerCode).Select(o => o.Id).SingleAsync();
        return new ActionEdit(title, null, objective, ["prevent", "protect"], owner, "Alex Green", due);
    }
}
