using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Pathways;
using Harbour.Core.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Testing;

/// <summary>
/// Random but reproducible concerns, cases, pathways, Duty to Notify reports and support referrals, written straight
/// to the database for statistics tests. What was written is returned so tests can count it independently.
/// </summary>
public static class StatisticsSeed
{
    public sealed record Seeded(List<Concern> Concerns, List<Case> Cases, List<Pathway> Pathways, List<DutyToNotifyReport> DutyToNotify, List<SupportReferral> SupportReferrals);

    private static readonly string[] Genders = ["Female", "Male", "Other", "NotKnown"];
    private static readonly string[] Nationalities = ["GB", "RO", "VN", "AL", "ER", "PL"];
    private static readonly string[] Exploitation = ["sexual", "domestic-servitude", "forced-labour", "criminal", "forced-begging"];

    public static async Task<Seeded> SeedAsync(HarbourDbContext db, int count, int year, int seed = 7)
    {
        ArgumentNullException.ThrowIfNull(db);
        var random = new Random(seed);
        var areas = await db.Areas.Select(a => a.Id).ToListAsync();
        var organisations = await db.Organisations.Select(o => o.Id).ToListAsync();
        var seeded = new Seeded([], [], [], [], []);
        for (var i = 0; i < count; i++)
        {
            var submitted = new DateTime(year, 1, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 365)).AddHours(random.Next(0, 8));
            var prevent = random.Next(5) == 0;
            var slavery = !prevent || random.Next(4) == 0;
            var decided = random.Next(4) != 0;
            var organisation = organisations[random.Next(organisations.Count)];
            var concern = new Concern
            {
                Id = Guid.NewGuid(),
                Reference = $"CON-T-{seed}-{i:D6}",
                Status = decided ? ConcernStatus.Triaged : ConcernStatus.AwaitingTriage,
                IsModernSlavery = slavery,
                IsPrevent = prevent,
                PreventConcernType = prevent ? (PreventConcernType)random.Next(4) : null,
                AreaId = areas[random.Next(areas.Count)],
                RaisedByOrganisationId = organisations[random.Next(organisations.Count)],
                TriageOrganisationId = organisation,
                Person = new PersonAtRisk
                {
                    AgeGroup = random.Next(8) == 0 ? null : (AgeGroup)random.Next(3),
                    Gender = Genders[random.Next(Genders.Length)],
                    Nationality = random.Next(10) == 0 ? null : Nationalities[random.Next(Nationalities.Length)],
                    ApproximateAge = random.Next(3) == 0 ? random.Next(5, 70) : null,
                },
                ExploitationTypeCodes = slavery ? Exploitation.Where(_ => random.Next(3) == 0).ToList() : [],
                IndicatorCodes = random.Next(4) == 0 ? ["documents-held"] : [],
                CreatedAt = submitted.AddHours(-1),
                UpdatedAt = submitted,
                SubmittedAt = submitted,
                TriageDueAt = submitted.AddDays(1),
                DecidedAt = decided ? submitted.AddHours(random.Next(1, 60)) : null,
                Decision = decided ? TriageDecision.OpenCase : null,
            };
            seeded.Concerns.Add(concern);
            db.Concerns.Add(concern);
            if (!decided)
            {
                continue;
            }

            var @case = new Case
            {
                Id = Guid.NewGuid(),
                Reference = $"HMS-T-{seed}-{i:D6}",
                IsModernSlavery = slavery,
                IsPrevent = prevent,
                OwnerOrganisationId = organisation,
                AreaId = concern.AreaId,
                ConcernId = concern.Id,
                AgeGroup = concern.EffectiveAgeGroup,
                OpenedAt = concern.DecidedAt!.Value,
                UpdatedAt = concern.DecidedAt!.Value,
            };
            concern.CaseId = @case.Id;
            seeded.Cases.Add(@case);
            db.Cases.Add(@case);
            var day = DateOnly.FromDateTime(submitted).AddDays(1);
            if (slavery && random.Next(2) == 0)
            {
                var state = (NrmState)random.Next(2, 8);
                var pathway = new Pathway
                {
                    Id = Guid.NewGuid(),
                    CaseId = @case.Id,
                    Kind = PathwayKind.NationalReferralMechanism,
                    NrmState = state,
                    Nrm = new NrmDetails { IsChild = @case.AgeGroup == AgeGroup.Child, SubmittedOn = day },
                    CreatedAt = concern.DecidedAt!.Value,
                    UpdatedAt = concern.DecidedAt!.Value,
                };
                if (state != NrmState.AwaitingReasonableGrounds)
                {
                    pathway.Nrm.ReasonableGroundsOn = day.AddDays(random.Next(0, 20));
                }

                if (state is NrmState.ConclusiveGroundsPositive or NrmState.ConclusiveGroundsNegative
                    || (state == NrmState.ReconsiderationRequested && random.Next(2) == 0))
                {
                    pathway.Nrm.ConclusiveGroundsOn = pathway.Nrm.ReasonableGroundsOn!.Value.AddDays(random.Next(30, 200));
                }

                seeded.Pathways.Add(pathway);
                db.Pathways.Add(pathway);
            }
            else if (slavery && random.Next(3) == 0)
            {
                var report = new DutyToNotifyReport { Id = Guid.NewGuid(), CaseId = @case.Id, SubmittedOn = day, RecordedAt = submitted.AddDays(1) };
                seeded.DutyToNotify.Add(report);
                db.DutyToNotifyReports.Add(report);
            }

            if (prevent)
            {
                var toPanel = random.Next(2) == 0;
                var pathway = new Pathway
                {
                    Id = Guid.NewGuid(),
                    CaseId = @case.Id,
                    Kind = PathwayKind.Channel,
                    ChannelState = ChannelState.Referred,
                    Channel = new ChannelDetails
                    {
                        ConcernType = concern.PreventConcernType,
                        ReferringSector = random.Next(6) == 0 ? null : (ReferringSector)random.Next(7),
                        GatewayAssessedOn = random.Next(4) == 0 ? null : day.AddDays(2),
                        AdoptedOn = toPanel && random.Next(2) == 0 ? day.AddDays(20) : null,
                    },
                    CreatedAt = concern.DecidedAt!.Value,
                    UpdatedAt = concern.DecidedAt!.Value,
                };
                pathway.Channel.GatewayOutcome = pathway.Channel.GatewayAssessedOn is null ? null : toPanel ? GatewayOutcome.ChannelPanel : GatewayOutcome.Signpost;
                seeded.Pathways.Add(pathway);
                db.Pathways.Add(pathway);
            }

            if (random.Next(3) == 0)
            {
                var referral = new SupportReferral
                {
                    Id = Guid.NewGuid(),
                    CaseId = @case.Id,
                    ServiceId = Guid.NewGuid(),
                    ServiceName = "Moving On",
                    Status = (SupportReferralStatus)random.Next(5),
                    ConsentGivenBy = "The person",
                    ConsentGivenOn = day,
                    Reason = "Support",
                    InformationShared = "Name",
                    ReferredByOrganisationId = organisation,
                    SentAt = concern.DecidedAt!.Value.AddHours(2),
                };
                seeded.SupportReferrals.Add(referral);
                db.SupportReferrals.Add(referral);
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return seeded;
    }
}
