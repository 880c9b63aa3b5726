using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Notifications;
using Harbour.Core.Pathways;
using Harbour.Core.Reminders;
using Harbour.Core.Tests.Concerns;
using Harbour.Core.Tests.Pathways;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Harbour.Core.Tests.Reminders;

public sealed class ReminderJobTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Run_RemindsOncePerDeadline_AndRunningAgainAddsNothing(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var deadlines = await DeadlinesAsync(world);
        var outbox = new RecordingSender();

        var first = await RunAsync(world, outbox);
        var second = await RunAsync(world, outbox);

        Assert.True(first.Ran);
        Assert.True(second.Ran);
        Assert.Equal(0, second.Created);
        Assert.Equal(first.Emails, outbox.Sent.Count);
        await using var db = world.Database.CreateContext();
        var reminders = await db.Reminders.ToListAsync();
        Assert.Equal(first.Created, reminders.Count);
        Assert.Contains(reminders, r => r.Kind == ReminderKind.ReasonableGroundsOverdue && r.SubjectId == deadlines.NrmPathwayId && r.TaskId != null);
        Assert.Contains(reminders, r => r.Kind == ReminderKind.ChannelReviewDue && r.SubjectId == deadlines.ChannelPathwayId);
        Assert.Contains(reminders, r => r.Kind == ReminderKind.TaskOverdue && r.CaseId == deadlines.NrmCaseId);
        Assert.Contains(reminders, r => r.Kind == ReminderKind.TriageOverdue && r.SubjectId == deadlines.UntriagedConcernId);
        Assert.Equal(1, await db.CaseTasks.CountAsync(t => t.Title.StartsWith("Chase the competent authority")));

        // The Channel review email goes to the Prevent lead; the triage email to the council's safeguarding leads. No names in either.
        Assert.Contains(outbox.Sent, m => m.To == deadlines.PreventLeadEmail && m.Subject == "Harbour reminder: Channel 6-month review due");
        Assert.Contains(outbox.Sent, m => m.To == deadlines.SafeguardingLeadEmail && m.Subject == "Harbour reminder: A concern is overdue for triage");
        Assert.All(outbox.Sent, m => Assert.DoesNotContain("Popescu", m.Body, StringComparison.Ordinal));
        Assert.True((await new AuditChainVerifier(db).VerifyAsync()).IsIntact);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task TwoInstancesAtOnce_GiveEachReminderOnce(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        await DeadlinesAsync(world);
        var outbox = new RecordingSender();

        var runs = await Task.WhenAll(RunAsync(world, outbox), RunAsync(world, outbox));

        await using var db = world.Database.CreateContext();
        var total = await db.Reminders.CountAsync();
        Assert.True(total > 0);
        Assert.Equal(total, runs.Sum(r => r.Created));
        Assert.Equal(total, await db.Reminders.Select(r => new { r.Kind, r.SubjectId, r.DueOn }).Distinct().CountAsync());
        Assert.Equal(outbox.Sent.Count, runs.Sum(r => r.Emails));
    }

    [SkippableFact]
    public async Task WhileAnotherInstanceHoldsTheLock_TheRunIsSkipped()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Postgres);
        await DeadlinesAsync(world);
        await using var other = new NpgsqlConnection(world.Database.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ReminderJob.LockKey})", other, transaction))
        {
            await take.ExecuteScalarAsync();
        }

        var blocked = await RunAsync(world, new RecordingSender());
        await transaction.RollbackAsync();
        var free = await RunAsync(world, new RecordingSender());

        Assert.Equal(new ReminderRun(false, 0, 0), blocked);
        Assert.True(free.Ran);
        Assert.True(free.Created > 0);
    }

    [SkippableFact]
    public async Task GovernanceReviews_AreRemindedToCoordinatorsAMonthAhead_Once()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        var outbox = new RecordingSender();
        await using (var db = world.Database.CreateContext())
        {
            // The seeded terms of reference and memberships are due on 1 April 2027: move one membership into the next month.
            var member = await db.PartnershipMembers.OrderBy(m => m.JoinedOn).FirstAsync();
            member.ReviewDueOn = new DateOnly(2026, 12, 20);
            await db.SaveChangesAsync();
        }

        var first = await RunAsync(world, outbox);
        world.Time.Advance(TimeSpan.FromDays(1));
        var second = await RunAsync(world, outbox);

        await using var check = world.Database.CreateContext();
        var reminders = await check.Reminders.Where(r => r.Kind == ReminderKind.MembershipReviewDue).ToListAsync();
        Assert.Equal(new DateOnly(2026, 12, 20), Assert.Single(reminders).DueOn);
        Assert.False(await check.Reminders.AnyAsync(r => r.Kind == ReminderKind.TermsOfReferenceReviewDue || r.Kind == ReminderKind.StrategyReviewDue));
        var email = await check.Users.Where(u => u.Id == coordinator.UserId).Select(u => u.Email).SingleAsync();
        Assert.Single(outbox.Sent, m => m.To == email && m.Subject == "Harbour reminder: A membership is due for its annual review");
        Assert.True(first.Created > 0);
        Assert.Equal(0, second.Created);
    }

    private static async Task<ReminderRun> RunAsync(ConcernWorld world, RecordingSender outbox)
    {
        await using var db = world.Database.CreateContext();
        var job = new ReminderJob(db, world.Time, new AuditLog(db, world.Time), new NotificationService(outbox, world.Time));
        return await job.RunAsync("https://harbour.example.org");
    }

    private sealed record Deadlines(Guid NrmCaseId, Guid NrmPathwayId, Guid ChannelPathwayId, Guid UntriagedConcernId, string PreventLeadEmail, string SafeguardingLeadEmail);

    /// <summary>
    /// On Tuesday 24 November 2026: a child's NRM referral submitted that day (its tasks due the next working day),
    /// a Channel exit in May 2026 (6-month review due 24 November), and a concern nobody has triaged. Then the clock
    /// moves to Wednesday 2 December, when the Reasonable Grounds decision (due 1 December) is overdue.
    /// </summary>
    private static async Task<Deadlines> DeadlinesAsync(ConcernWorld world)
    {
        var responder = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var (concernsDb, concerns, _) = world.Services();
        Guid caseId;
        await using (concernsDb)
        {
            var concern = await world.SubmittedConcernAsync(referrer, c => { c.Person.AgeGroup = AgeGroup.Child; c.Consent = null; });
            caseId = (await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), responder, ConcernWorld.Actor(responder))).CaseId!.Value;
        }

        await using var db = world.Database.CreateContext();
        var reference = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync();
        var pathways = new PathwayService(db, world.Time, new AuditLog(db, world.Time));
        var nrm = await pathways.StartNrmAsync(reference, responder, ConcernWorld.Actor(responder));
        await pathways.SubmitAsync(nrm.Id, new DateOnly(2026, 11, 24), CompetentAuthority.SingleCompetentAuthority, null, responder, ConcernWorld.Actor(responder));

        var (preventReference, preventLead) = await ChannelPathwayTests.PreventCaseAsync(world, AgeGroup.Adult);
        var channel = new ChannelService(db, world.Time, new AuditLog(db, world.Time));
        var actor = ConcernWorld.Actor(preventLead);
        var pathway = await channel.StartAsync(preventReference, preventLead, actor);
        await channel.UpdateReferralAsync(pathway.Id, ChannelPathwayTests.Referral(), preventLead, actor);
        await channel.RecordGatewayAsync(pathway.Id, new GatewayAssessment(new DateOnly(2026, 1, 5), GatewayOutcome.ChannelPanel, "Reasons", null), preventLead, actor);
        await channel.RecordPanelMeetingAsync(pathway.Id, ChannelPathwayTests.Meeting(PanelOutcome.Adopt) with { HeldOn = new DateOnly(2026, 1, 20) }, preventLead, actor);
        await channel.RecordConsentAsync(pathway.Id, new ChannelConsent(true, ChannelConsentBy.Person, null, new DateOnly(2026, 2, 1)), preventLead, actor);
        await channel.ExitAsync(pathway.Id, new DateOnly(2026, 5, 24), "Support complete", preventLead, actor);

        var untriaged = await world.SubmittedConcernAsync(referrer);
        world.Time.Advance(TimeSpan.FromDays(8));
        var emails = await db.Users.Where(u => u.Id == preventLead.UserId || u.Id == responder.UserId).ToDictionaryAsync(u => u.Id, u => u.Email!);
        return new Deadlines(caseId, nrm.Id, pathway.Id, untriaged.Id, emails[preventLead.UserId], emails[responder.UserId]);
    }

    private sealed class RecordingSender : INotificationSender
    {
        private readonly List<EmailMessage> sent = [];

        public IReadOnlyList<EmailMessage> Sent
        {
            get
            {
                lock (sent)
                {
                    return [.. sent];
                }
            }
        }

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            lock (sent)
            {
                sent.Add(message);
            }

            return Task.CompletedTask;
        }
    }
}
