using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Tests.Concerns;

public sealed class CaseServiceTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Share_WithPolice_TheirAnalystSeesItAThirdOrganisationDoesNotAndEndingTheShareCloses(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var (lead, reference) = await OpenCaseAsync(world);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        var outsider = await world.UserAsync("portsmouth-city-council", HarbourRoles.SafeguardingLead);
        var (db, _, cases) = world.Services();
        await using (db)
        {
            Assert.Null(await cases.GetAsync(reference, analyst, ConcernWorld.Actor(analyst)));

            var share = await cases.ShareAsync(reference, new NewShare("hiow-constabulary", "Suspected exploiter known to police", LawfulBasis.SafeguardingCondition), lead, ConcernWorld.Actor(lead));

            Assert.NotNull(await cases.GetAsync(reference, analyst, ConcernWorld.Actor(analyst)));
            Assert.Null(await cases.GetAsync(reference, outsider, ConcernWorld.Actor(outsider)));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "case.read" && e.UserId == analyst.UserId));

            await cases.EndShareAsync(reference, share.Id, "Police enquiry closed", lead, ConcernWorld.Actor(lead));
            Assert.Null(await cases.GetAsync(reference, analyst, ConcernWorld.Actor(analyst)));
        }
    }

    [SkippableFact]
    public async Task SensitiveNote_OnlyTheOwningOrganisationSeesIt()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (lead, reference) = await OpenCaseAsync(world);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        var (db, _, cases) = world.Services();
        await using (db)
        {
            await cases.ShareAsync(reference, new NewShare("hiow-constabulary", "Joint visit", LawfulBasis.Consent), lead, ConcernWorld.Actor(lead));
            await cases.AddNoteAsync(reference, "Disclosed a health condition", sensitive: true, lead, ConcernWorld.Actor(lead));
            await cases.AddNoteAsync(reference, "Visit arranged for Thursday", sensitive: false, lead, ConcernWorld.Actor(lead));
        }

        var (db2, _, cases2) = world.Services();
        await using (db2)
        {
            var ownerView = await cases2.GetAsync(reference, lead, ConcernWorld.Actor(lead));
            var policeView = await cases2.GetAsync(reference, analyst, ConcernWorld.Actor(analyst));

            Assert.Equal(2, ownerView!.Notes.Count);
            Assert.Equal("Visit arranged for Thursday", Assert.Single(policeView!.Notes).Text);
            Assert.DoesNotContain(policeView.Chronology, e => e.Summary.Contains("Sensitive", StringComparison.Ordinal));
        }
    }

    [SkippableFact]
    public async Task Task_PastDueShowsAsOverdueInTheList_AndCompletingItClearsThat()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (lead, reference) = await OpenCaseAsync(world);
        CaseTask task;
        var (db, _, cases) = world.Services();
        await using (db)
        {
            task = await cases.AddTaskAsync(reference, "Arrange interpreter", new DateOnly(2026, 11, 26), lead.UserId, lead, ConcernWorld.Actor(lead));
        }

        world.Time.Advance(TimeSpan.FromDays(3));
        var (db2, _, cases2) = world.Services();
        await using (db2)
        {
            Assert.Equal(reference, Assert.Single((await cases2.ListAsync(lead, new CaseFilter(OverdueOnly: true))).Items).Reference);

            await cases2.CompleteTaskAsync(reference, task.Id, lead, ConcernWorld.Actor(lead));

            Assert.Empty((await cases2.ListAsync(lead, new CaseFilter(OverdueOnly: true))).Items);
        }
    }

    [SkippableFact]
    public async Task AddTask_PastDateAndNoTitle_IsRefused()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (lead, reference) = await OpenCaseAsync(world);
        var (db, _, cases) = world.Services();
        await using (db)
        {
            var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
                cases.AddTaskAsync(reference, "", new DateOnly(2026, 1, 1), null, lead, ConcernWorld.Actor(lead)));

            Assert.Equal("Enter what needs to be done", error.Errors["Title"]);
            Assert.Equal("The date the task is due must be today or in the future", error.Errors["DueOn"]);
        }
    }

    [SkippableFact]
    public async Task CloseAndReopen_AreRecordedInTheChronology()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (lead, reference) = await OpenCaseAsync(world);
        var (db, _, cases) = world.Services();
        await using (db)
        {
            await cases.CloseAsync(reference, "Supported into safe accommodation", "No further risk", lead, ConcernWorld.Actor(lead));
            await cases.ReopenAsync(reference, "Returned to the same employer", lead, ConcernWorld.Actor(lead));

            var @case = await cases.GetAsync(reference, lead, ConcernWorld.Actor(lead));
            Assert.Equal(CaseStatus.Open, @case!.Status);
            Assert.Equal(["opened", "closed", "reopened"], @case.Chronology.Select(e => e.Kind));
        }
    }

    [SkippableFact]
    public async Task Transfer_NewOwnerLeadsAndTheOldOwnerKeepsFollowing()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (lead, reference) = await OpenCaseAsync(world);
        var hampshire = await world.UserAsync("hampshire-county-council", HarbourRoles.SafeguardingLead);
        var (db, _, cases) = world.Services();
        await using (db)
        {
            await cases.TransferAsync(reference, "hampshire-county-council", "Moved to Winchester", lead, ConcernWorld.Actor(lead));

            Assert.Equal(hampshire.OrganisationId, (await cases.GetAsync(reference, hampshire, ConcernWorld.Actor(hampshire)))!.OwnerOrganisationId);
            Assert.NotNull(await cases.GetAsync(reference, lead, ConcernWorld.Actor(lead)));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
                cases.CloseAsync(reference, "Done", "Done", lead, ConcernWorld.Actor(lead)));
        }
    }

    [SkippableFact]
    public async Task Share_BreakGlassGivesARead_ButNoChanges()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (_, reference) = await OpenCaseAsync(world);
        var outsider = await world.UserAsync("portsmouth-city-council", HarbourRoles.SafeguardingLead);
        var (db, _, cases) = world.Services();
        await using (db)
        {
            var @case = await db.Cases.SingleAsync(c => c.Reference == reference);
            var audit = new Harbour.Core.Auditing.AuditLog(db, world.Time);
            await new BreakGlassService(db, world.Time, audit, new Harbour.Core.Notifications.NotificationService(new Harbour.Core.Notifications.LocalOutbox(Path.Combine(Path.GetTempPath(), $"outbox-{Guid.NewGuid():N}")), world.Time))
                .GrantAsync(outsider, @case, "Person presented at Portsmouth A&E asking for help", ConcernWorld.Actor(outsider));

            Assert.NotNull(await cases.GetAsync(reference, outsider, ConcernWorld.Actor(outsider)));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => cases.AddNoteAsync(reference, "Seen at A&E", false, outsider, ConcernWorld.Actor(outsider)));
        }
    }

    [SkippableFact]
    public async Task Document_IsCheckedStoredAndInTheChronology_LeadWorkerMustBeOfTheOwner()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (lead, reference) = await OpenCaseAsync(world);
        var colleague = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var police = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        var (db, _, cases) = world.Services();
        await using (db)
        {
            var pdf = "%PDF-1.4 visit notes"u8.ToArray();
            var exe = "MZ not a pdf"u8.ToArray();

            var document = await cases.AddDocumentAsync(reference, new Upload("visit.pdf", pdf.Length, () => new MemoryStream(pdf)), world.Attachments, lead, ConcernWorld.Actor(lead));
            await Assert.ThrowsAsync<ValidationFailedException>(() =>
                cases.AddDocumentAsync(reference, new Upload("visit.pdf", exe.Length, () => new MemoryStream(exe)), world.Attachments, lead, ConcernWorld.Actor(lead)));
            await cases.AssignLeadWorkerAsync(reference, colleague.UserId, lead, ConcernWorld.Actor(lead));
            await cases.AddPersonAsync(reference, CasePersonRole.AtRisk, new PersonAtRisk { GivenNames = "Elena", AgeGroup = AgeGroup.Child }, lead, ConcernWorld.Actor(lead));
            var noName = await Assert.ThrowsAsync<ValidationFailedException>(() =>
                cases.AddPersonAsync(reference, null, new PersonAtRisk(), lead, ConcernWorld.Actor(lead)));
            Assert.Equal("Select how the person is involved", noName.Errors["PersonRole"]);
            var error = await Assert.ThrowsAsync<ValidationFailedException>(() => cases.AssignLeadWorkerAsync(reference, police.UserId, lead, ConcernWorld.Actor(lead)));

            Assert.Equal("Select someone from the organisation that owns the case", error.Errors["LeadWorker"]);
            var @case = await cases.GetAsync(reference, lead, ConcernWorld.Actor(lead));
            Assert.Equal(document.Id, Assert.Single(@case!.Documents).Id);
            Assert.Equal(colleague.UserId, @case.LeadWorkerUserId);
            Assert.Contains(@case.Chronology, e => e.Kind == "document");
            Assert.Equal(2, @case.People.Count(p => p.Role == CasePersonRole.AtRisk));
        }
    }

    [SkippableFact]
    public async Task TriageQueue_FiltersByArea()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        await world.SubmittedConcernAsync(referrer);
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            Assert.Single(await concerns.TriageQueueAsync(lead, "southampton"));
            Assert.Empty(await concerns.TriageQueueAsync(lead, "portsmouth"));
        }
    }

    [SkippableFact]
    public async Task References_CountUpWithinAYear()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (db, _, _) = world.Services();
        await using (db)
        {
            var references = new CaseReferences(db, world.Time);

            Assert.Equal("HMS-2026-000001", await references.NextAsync("HMS"));
            Assert.Equal("HMS-2026-000002", await references.NextAsync("HMS"));
            Assert.Equal("CON-2026-000001", await references.NextAsync("CON"));
        }
    }

    private static async Task<(UserScope Lead, string Reference)> OpenCaseAsync(ConcernWorld world)
    {
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer);
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Indicators present", null), lead, ConcernWorld.Actor(lead));
            return (lead, await db.Cases.Where(c => c.ConcernId == concern.Id).Select(c => c.Reference).SingleAsync());
        }
    }
}
