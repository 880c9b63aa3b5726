using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Tests.Concerns;

public sealed class ConcernServiceTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Submit_CompleteDraft_GetsAReferenceAndJoinsTheAreasLocalAuthorityQueue(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);

        var concern = await world.SubmittedConcernAsync(referrer);

        Assert.Equal("CON-2026-000001", concern.Reference);
        Assert.Equal(ConcernStatus.AwaitingTriage, concern.Status);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var council = await db.Organisations.SingleAsync(o => o.Code == "southampton-city-council");
            Assert.Equal(council.Id, concern.TriageOrganisationId);
            // Submitted Tuesday 10:00: due by Wednesday 10:00.
            Assert.Equal(new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc), concern.TriageDueAt!.Value.AddTicks(-(concern.TriageDueAt.Value.Ticks % TimeSpan.TicksPerMinute)));
            var stored = await db.Concerns.SingleAsync(c => c.Id == concern.Id);
            Assert.Equal("+447700900982", stored.Person.Phone);
            Assert.Equal("AB12CDE", Assert.Single(stored.OtherPeople).VehicleRegistrations.Single());
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "concern.submitted" && e.EntityId == concern.Id.ToString()));

            var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
            var queue = await concerns.TriageQueueAsync(lead);
            Assert.Equal(concern.Id, Assert.Single(queue).Id);
            var otherCouncil = await world.UserAsync("portsmouth-city-council", HarbourRoles.SafeguardingLead);
            Assert.Empty(await concerns.TriageQueueAsync(otherCouncil));
        }
    }

    [SkippableFact]
    public async Task Submit_IncompleteDraft_ListsEachMissingAnswerAndStaysADraft()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var draft = await concerns.StartDraftAsync(referrer, ConcernWorld.Actor(referrer));

            var error = await Assert.ThrowsAsync<ValidationFailedException>(() => concerns.SubmitAsync(draft.Id, referrer, ConcernWorld.Actor(referrer)));

            Assert.Equal("Select whether the concern is about modern slavery, Prevent or both", error.Errors["ConcernTypes"]);
            Assert.Equal("Select yes if anyone is in immediate danger", error.Errors["ImmediateDanger"]);
            Assert.Equal("Enter what happened", error.Errors["WhatHappened"]);
            Assert.Equal(ConcernStatus.Draft, (await db.Concerns.AsNoTracking().SingleAsync()).Status);
            Assert.Equal(0, await db.ReferenceCounters.CountAsync());
        }
    }

    [SkippableFact]
    public async Task Submit_DateOfBirthInTheFutureOrTooLongAgo_IsRefused()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);

        var future = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.SubmittedConcernAsync(referrer, c => c.Person.DateOfBirth = new DateOnly(2027, 1, 1)));
        var ancient = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.SubmittedConcernAsync(referrer, c => c.Person.DateOfBirth = new DateOnly(1900, 1, 1)));

        Assert.Equal("Date of birth must be in the past", future.Errors["DateOfBirth"]);
        Assert.Equal("Date of birth must be less than 120 years ago", ancient.Errors["DateOfBirth"]);
    }

    [SkippableFact]
    public async Task Draft_IsInvisibleToEveryoneButItsAuthor()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var colleague = await world.UserAsync("hiow-constabulary", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var draft = await concerns.StartDraftAsync(referrer, ConcernWorld.Actor(referrer));

            Assert.NotNull(await concerns.GetDraftAsync(draft.Id, referrer, ConcernWorld.Actor(referrer)));
            Assert.Null(await concerns.GetDraftAsync(draft.Id, colleague, ConcernWorld.Actor(colleague)));
            Assert.Null(await concerns.GetAsync(draft.Id, colleague, ConcernWorld.Actor(colleague)));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Triage_OpenCase_CreatesTheCaseOwnedByTheTriagingCouncil(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer);
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var (db, concerns, cases) = world.Services();
        await using (db)
        {
            var decided = await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Indicators of forced labour", null), lead, ConcernWorld.Actor(lead));

            Assert.Equal(ConcernStatus.Triaged, decided.Status);
            var @case = await cases.GetAsync("HMS-2026-000001", lead, ConcernWorld.Actor(lead));
            Assert.NotNull(@case);
            Assert.Equal(lead.OrganisationId, @case.OwnerOrganisationId);
            Assert.Equal(2, @case.People.Count);
            Assert.Equal("Ana", @case.People.Single(p => p.Role == Cases.CasePersonRole.AtRisk).Details.GivenNames);
            Assert.Contains(@case.Chronology, e => e.Kind == "opened");
            // The referrer is not given the case: they raised the concern, not the case.
            Assert.Null(await cases.GetAsync("HMS-2026-000001", referrer, ConcernWorld.Actor(referrer)));
            Assert.NotNull(await concerns.GetAsync(concern.Id, referrer, ConcernWorld.Actor(referrer)));
        }
    }

    [SkippableFact]
    public async Task Triage_PassOn_MovesTheConcernToTheOtherQueue()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer);
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var hampshire = await world.UserAsync("hampshire-county-council", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.PassToAnotherOrganisation, "Lives in Eastleigh", "hampshire-county-council"), lead, ConcernWorld.Actor(lead));

            Assert.Empty(await concerns.TriageQueueAsync(lead));
            Assert.Single(await concerns.TriageQueueAsync(hampshire));
            Assert.Null(await concerns.GetAsync(concern.Id, lead, ConcernWorld.Actor(lead)));
        }
    }

    [SkippableFact]
    public async Task Triage_NoDecisionOrReason_IsRefused()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer);
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
                concerns.DecideAsync(concern.Id, new TriageRequest(null, " ", null), lead, ConcernWorld.Actor(lead)));

            Assert.Equal("Select what should happen next", error.Errors["Decision"]);
            Assert.Equal("Enter the reason for your decision", error.Errors["Reason"]);
        }
    }

    [SkippableFact]
    public async Task Triage_ByAnotherOrganisation_IsNotFound()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer);
        var outsider = await world.UserAsync("portsmouth-city-council", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            await Assert.ThrowsAsync<KeyNotFoundException>(() =>
                concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.NoFurtherAction, "No", null), outsider, ConcernWorld.Actor(outsider)));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task PublicReport_LandsInTheAreasQueueWithAReference(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var reference = await concerns.SubmitPublicReportAsync(
                new PublicReport("Men sleeping in the back of a van behind the nail bar", "portsmouth", "Commercial Road", "Last night", null, false),
                Harbour.Core.Auditing.AuditActor.System);

            Assert.Equal("CON-2026-000001", reference);
            var lead = await world.UserAsync("portsmouth-city-council", HarbourRoles.SafeguardingLead);
            var item = Assert.Single(await concerns.TriageQueueAsync(lead));
            Assert.Equal(ConcernSource.PublicReport, item.Source);
        }
    }

    [SkippableFact]
    public async Task PublicReport_HostileInput_IsRefusedAndSavesNothing()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var error = await Assert.ThrowsAsync<ValidationFailedException>(() => concerns.SubmitPublicReportAsync(
                new PublicReport(new string('x', 1_000_000), "atlantis", "bell\u0007", null, null, false), Harbour.Core.Auditing.AuditActor.System));

            Assert.Equal("What you saw must be 5,000 characters or fewer", error.Errors["WhatHappened"]);
            Assert.Equal("Select the area where you saw it", error.Errors["Area"]);
            Assert.Equal("Where must not contain control characters", error.Errors["WhereSeen"]);
            Assert.Equal(0, await db.Concerns.CountAsync());
        }
    }
}
