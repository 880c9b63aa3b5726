using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Notifications;
using Harbour.Core.Referrals;
using Harbour.Core.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Tests.Referrals;

public sealed class SupportReferralTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task ReferralToAServiceInHarbour_ArrivesInItsInbox_AndAcceptingSharesTheCase(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var (reference, lead) = await CaseAsync(world);
        var medaille = await world.UserAsync("medaille-trust", HarbourRoles.SafeguardingLead);
        var barnardos = await world.UserAsync("barnardos", HarbourRoles.SafeguardingLead);
        var outbox = new RecordingSender();
        await using var db = world.Database.CreateContext();
        var service = Service(db, world, outbox);
        var movingOn = await db.DirectoryServices.Where(s => s.Code == "medaille-moving-on").Select(s => s.Id).SingleAsync();

        var referral = await service.SendAsync(reference, Request(movingOn), "https://harbour.example.org", lead, ConcernWorld.Actor(lead));

        Assert.Equal(SupportReferralStatus.Sent, referral.Status);
        Assert.Single(await service.InboxAsync(medaille));
        Assert.Empty(await service.InboxAsync(barnardos));
        Assert.Null(await service.ReceivedAsync(referral.Id, barnardos, ConcernWorld.Actor(barnardos)));
        Assert.Contains(outbox.Sent, m => m.Subject == "A referral to Moving On project (Medaille Trust)" && m.Body.Contains("/referrals/", StringComparison.Ordinal));
        Assert.All(outbox.Sent, m => Assert.DoesNotContain("Popescu", m.Body, StringComparison.Ordinal));

        await service.AcceptAsync(referral.Id, medaille, ConcernWorld.Actor(medaille));
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => service.AcceptAsync(referral.Id, medaille, ConcernWorld.Actor(medaille)));
        Assert.Equal("The referral has already been accepted", again.Errors["Transition"]);
        await service.CompleteAsync(referral.Id, "Housed and in English classes", medaille, ConcernWorld.Actor(medaille));

        var stored = await db.SupportReferrals.AsNoTracking().SingleAsync();
        Assert.Equal(SupportReferralStatus.Completed, stored.Status);
        Assert.True(await db.CaseShares.AnyAsync(s => s.OrganisationId == medaille.OrganisationId && s.EndedAt == null));
        Assert.Equal(3, await db.CaseChronology.CountAsync(e => e.Kind == "referral"));
        Assert.True((await new AuditChainVerifier(db).VerifyAsync()).IsIntact);
    }

    [SkippableFact]
    public async Task ReferralToAServiceOutsideHarbour_TheReferrerRecordsTheAnswer()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, lead) = await CaseAsync(world);
        await using var db = world.Database.CreateContext();
        var service = Service(db, world, new RecordingSender());
        var hub = await db.DirectoryServices.Where(s => s.Code == "survivor-hub").Select(s => s.Id).SingleAsync();
        var referral = await service.SendAsync(reference, Request(hub), "https://harbour.example.org", lead, ConcernWorld.Actor(lead));

        var declined = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.RecordAnswerAsync(reference, referral.Id, SupportReferralStatus.Declined, null, lead, ConcernWorld.Actor(lead)));
        Assert.Equal("Enter why the service declined", declined.Errors["Outcome"]);
        await service.RecordAnswerAsync(reference, referral.Id, SupportReferralStatus.Accepted, null, lead, ConcernWorld.Actor(lead));
        await service.WithdrawAsync(reference, referral.Id, "She moved out of the area", lead, ConcernWorld.Actor(lead));

        Assert.Equal(SupportReferralStatus.Withdrawn, (await service.ForCaseAsync(referral.CaseId)).Single().Status);
    }

    [SkippableFact]
    public async Task Send_WithoutConsent_IsRefusedAndSavesNothing()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, lead) = await CaseAsync(world);
        await using var db = world.Database.CreateContext();
        var service = Service(db, world, new RecordingSender());
        var hub = await db.DirectoryServices.Where(s => s.Code == "survivor-hub").Select(s => s.Id).SingleAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.SendAsync(reference, Request(hub) with { Consent = false }, "https://harbour.example.org", lead, ConcernWorld.Actor(lead)));

        Assert.Equal("The person (or a parent or guardian for a child) must agree to the referral before it is sent", refused.Errors["Consent"]);
        Assert.False(await db.SupportReferrals.AnyAsync());
    }

    private static NewSupportReferral Request(Guid serviceId) =>
        new(serviceId, "Needs long-term support", "Ana, 34, Romanian speaker, in safe accommodation in Southampton", true, "Ana Popescu", new DateOnly(2026, 11, 23));

    private static SupportReferralService Service(HarbourDbContext db, ConcernWorld world, RecordingSender outbox) =>
        new(db, world.Time, new AuditLog(db, world.Time), new NotificationService(outbox, world.Time));

    private static async Task<(string Reference, Access.UserScope Lead)> CaseAsync(ConcernWorld world)
    {
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer);
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var decided = await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), lead, ConcernWorld.Actor(lead));
            return (await concerns.CaseReferenceAsync(decided.CaseId!.Value), lead);
        }
    }

    private sealed class RecordingSender : INotificationSender
    {
        public List<EmailMessage> Sent { get; } = [];

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
