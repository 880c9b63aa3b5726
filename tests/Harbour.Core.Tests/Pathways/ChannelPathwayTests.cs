using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Pathways;
using Harbour.Core.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Tests.Pathways;

public sealed class ChannelPathwayTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task UnderEighteen_FromGatewayThroughPanelParentalConsentSupportExitAndBothReviews(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var (reference, lead) = await PreventCaseAsync(world, AgeGroup.Child);
        await using var db = world.Database.CreateContext();
        var service = new ChannelService(db, world.Time, new AuditLog(db, world.Time));
        var actor = ConcernWorld.Actor(lead);

        var pathway = await service.StartAsync(reference, lead, actor);
        Assert.Equal(ChannelState.Referred, pathway.ChannelState);
        Assert.Equal(PreventConcernType.ExtremeRightWing, pathway.Channel.ConcernType);
        var tooSoon = await Assert.ThrowsAsync<ValidationFailedException>(() => service.RecordPanelMeetingAsync(pathway.Id, Meeting(PanelOutcome.Adopt), lead, actor));
        Assert.Equal("The police gateway assessment must send the case to the Channel panel before a panel meeting", tooSoon.Errors["Transition"]);

        await service.UpdateReferralAsync(pathway.Id, Referral(), lead, actor);
        await service.RecordGatewayAsync(pathway.Id, new GatewayAssessment(new DateOnly(2026, 11, 23), GatewayOutcome.ChannelPanel, "Escalating online activity", null), lead, actor);
        await service.RecordAssessmentAsync(pathway.Id, new DateOnly(2026, 11, 24), AllRated(VulnerabilityLevel.Medium), "Moderate engagement, low intent", lead, actor);
        await service.RecordPanelMeetingAsync(pathway.Id, Meeting(PanelOutcome.Adopt), lead, actor);

        var adult = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.RecordConsentAsync(pathway.Id, new ChannelConsent(true, ChannelConsentBy.Person, null, new DateOnly(2026, 11, 24)), lead, actor));
        Assert.Equal("The person is under 18: a parent or guardian must give consent", adult.Errors["ConsentGivenBy"]);
        await service.RecordConsentAsync(pathway.Id, new ChannelConsent(true, ChannelConsentBy.ParentOrGuardian, "Sam Carter", new DateOnly(2026, 11, 24)), lead, actor);
        await service.AddSupportActionAsync(pathway.Id, "Intervention provider (Home Office approved)", "Weekly mentoring sessions on online content", new DateOnly(2026, 12, 1), lead, actor);
        await service.ExitAsync(pathway.Id, new DateOnly(2026, 11, 24), "Support complete; no longer engaging with the group", lead, actor);

        var tasks = await db.CaseTasks.Where(t => t.CaseId == pathway.CaseId && t.Title.StartsWith("Channel review")).OrderBy(t => t.DueOn).ToListAsync();
        Assert.Equal([new DateOnly(2027, 5, 24), new DateOnly(2027, 11, 24)], tasks.Select(t => t.DueOn));

        world.Time.Advance(TimeSpan.FromDays(366));
        await service.RecordReviewAsync(pathway.Id, new DateOnly(2027, 5, 25), "No new concerns; attending college", lead, actor);
        await service.RecordReviewAsync(pathway.Id, new DateOnly(2027, 11, 24), "Still no concerns", lead, actor);

        var record = await service.ForCaseAsync(pathway.CaseId);
        Assert.NotNull(record);
        Assert.Equal(ChannelState.Completed, record.Pathway.ChannelState);
        Assert.Equal("Sam Carter", record.Pathway.Channel.ConsentGivenByName);
        Assert.Equal(new DateOnly(2026, 11, 24), record.Pathway.Channel.AdoptedOn);
        Assert.Equal(22, record.Assessments.Single().Ratings.Count);
        Assert.Single(record.SupportPlan);
        Assert.Single(record.Meetings);
        Assert.Equal(
            ["GatewayToPanel", "Adopt", "GiveConsent", "Exit", "SixMonthReview", "TwelveMonthReview"],
            record.Pathway.History.OrderBy(h => h.OccurredAt).Select(h => h.Trigger));
        Assert.All(await db.CaseTasks.Where(t => t.CaseId == pathway.CaseId && t.Title.StartsWith("Channel review")).ToListAsync(), t => Assert.NotNull(t.CompletedAt));
        Assert.True((await new AuditChainVerifier(db).VerifyAsync()).IsIntact);
    }

    [SkippableFact]
    public async Task Assessment_WithAFactorUnrated_NamesTheFactorAndSavesNothing()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, lead) = await PreventCaseAsync(world, AgeGroup.Adult);
        await using var db = world.Database.CreateContext();
        var service = new ChannelService(db, world.Time, new AuditLog(db, world.Time));
        var actor = ConcernWorld.Actor(lead);
        var pathway = await service.StartAsync(reference, lead, actor);
        await service.UpdateReferralAsync(pathway.Id, Referral(), lead, actor);
        await service.RecordGatewayAsync(pathway.Id, new GatewayAssessment(new DateOnly(2026, 11, 23), GatewayOutcome.ChannelPanel, "Reasons", null), lead, actor);
        var ratings = AllRated(VulnerabilityLevel.Low).Where(r => r.Key != "harmful-objectives").ToDictionary();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => service.RecordAssessmentAsync(pathway.Id, new DateOnly(2026, 11, 24), ratings, null, lead, actor));

        Assert.Equal("Select a rating for ‘Harmful objectives’", refused.Errors["Rating-harmful-objectives"]);
        Assert.False(await db.VulnerabilityAssessments.AnyAsync());
    }

    [SkippableFact]
    public async Task GatewaySignpost_NeedsWhereAndEndsThePathway()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, lead) = await PreventCaseAsync(world, AgeGroup.Adult);
        await using var db = world.Database.CreateContext();
        var service = new ChannelService(db, world.Time, new AuditLog(db, world.Time));
        var actor = ConcernWorld.Actor(lead);
        var pathway = await service.StartAsync(reference, lead, actor);
        await service.UpdateReferralAsync(pathway.Id, Referral(), lead, actor);

        var missing = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.RecordGatewayAsync(pathway.Id, new GatewayAssessment(new DateOnly(2026, 11, 23), GatewayOutcome.Signpost, "Mental health need, not ideology", null), lead, actor));
        Assert.Equal("Enter the support the person was signposted to", missing.Errors["SignpostedTo"]);
        await service.RecordGatewayAsync(pathway.Id, new GatewayAssessment(new DateOnly(2026, 11, 23), GatewayOutcome.Signpost, "Mental health need, not ideology", "Community mental health team"), lead, actor);

        Assert.Equal(ChannelState.Signposted, (await service.ForCaseAsync(pathway.CaseId))!.Pathway.ChannelState);
        var again = await service.StartAsync(reference, lead, actor);
        Assert.Equal(ChannelState.Referred, again.ChannelState);
    }

    [SkippableFact]
    public async Task SafeguardingLead_IsNotFoundOnAPreventCase_AndPanelMemberCannotRecordTheGateway()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (reference, lead) = await PreventCaseAsync(world, AgeGroup.Adult);
        var safeguardingLead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var panelMember = await world.UserAsync("southampton-city-council", HarbourRoles.ChannelPanelMember);
        await using var db = world.Database.CreateContext();
        var service = new ChannelService(db, world.Time, new AuditLog(db, world.Time));
        var pathway = await service.StartAsync(reference, lead, ConcernWorld.Actor(lead));
        await service.UpdateReferralAsync(pathway.Id, Referral(), lead, ConcernWorld.Actor(lead));

        await Assert.ThrowsAsync<KeyNotFoundException>(() => service.StartAsync(reference, safeguardingLead, ConcernWorld.Actor(safeguardingLead)));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => service.UpdateReferralAsync(pathway.Id, Referral(), safeguardingLead, ConcernWorld.Actor(safeguardingLead)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            service.RecordGatewayAsync(pathway.Id, new GatewayAssessment(new DateOnly(2026, 11, 23), GatewayOutcome.ChannelPanel, "r", null), panelMember, ConcernWorld.Actor(panelMember)));
    }

    internal static ChannelReferral Referral() => new(
        PreventConcernType.ExtremeRightWing, ReferringSector.Education, "Extreme right-wing", "Shares racist memes in a group chat", "An older man met online",
        null, true, "Autistic; prefers written information", "School safeguarding team");

    internal static PanelMeeting Meeting(PanelOutcome? outcome) =>
        new(new DateOnly(2026, 11, 24), "Channel chair, Southampton City Council", "Prevent lead, police Prevent officer, school, CAMHS", "Adopt; mentor to be found", outcome);

    internal static Dictionary<string, (VulnerabilityLevel? Level, string? Notes)> AllRated(VulnerabilityLevel level) =>
        VulnerabilityAssessmentFramework.Factors.ToDictionary(f => f.Code, _ => ((VulnerabilityLevel?)level, (string?)null));

    /// <summary>A Prevent case about a young person in Southampton, opened by a Prevent lead of the city council.</summary>
    internal static async Task<(string Reference, UserScope Lead)> PreventCaseAsync(ConcernWorld world, AgeGroup age)
    {
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var concern = await world.SubmittedConcernAsync(referrer, c =>
        {
            c.IsModernSlavery = false;
            c.IsPrevent = true;
            c.ExploitationTypeCodes = [];
            c.PreventConcernType = PreventConcernType.ExtremeRightWing;
            c.Person.AgeGroup = age;
            c.Consent = age == AgeGroup.Child ? null : ConsentAnswer.Yes;
        });
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.PreventLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var decided = await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), lead, ConcernWorld.Actor(lead));
            return (await concerns.CaseReferenceAsync(decided.CaseId!.Value), lead);
        }
    }
}
