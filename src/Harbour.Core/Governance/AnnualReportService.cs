using System.Globalization;
using Harbour.Core.Data;
using Harbour.Core.Documents;
using Harbour.Core.Learning;
using Harbour.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Governance;

/// <summary>How an action stood at the end of the report's year.</summary>
public enum DeliveryStatus
{
    Completed,
    OnTrack,
    Late,
}

/// <summary>
/// The annual report to the Local Criminal Justice Board (terms of reference, paragraph 7): delivery against the
/// strategy per objective, the partnership's meetings and membership, what Harbour's records show, and
/// training. Built as a <see cref="ReportDocument"/>, so the web page, the PDF and the Word file say the same.
/// </summary>
public sealed class AnnualReportService(HarbourDbContext db, TimeProvider time, LearningService learning, StatisticsService statistics)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task<ReportDocument> BuildAsync(int year, CancellationToken cancellationToken = default)
    {
        if (year is < 2000 or > 9999)
        {
            throw new ValidationFailedException("Year", "Enter a year, like 2026");
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var asAt = today < to ? today : to;
        var partnership = await db.Partnerships.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.SortOrder).FirstOrDefaultAsync(cancellationToken);
        var strategy = await db.Strategies.AsNoTracking().Where(s => s.StartsOn <= to).OrderByDescending(s => s.StartsOn).FirstOrDefaultAsync(cancellationToken);
        var name = partnership?.Name ?? "The partnership";
        var sections = new List<ReportSection>
        {
            await IntroductionAsync(partnership?.Vision, strategy, from, to, asAt, cancellationToken),
            await DeliveryAsync(from, to, asAt, cancellationToken),
            await RecordsAsync(year, cancellationToken),
            await TrainingAsync(from, to, cancellationToken),
        };
        return new ReportDocument($"{name}: annual report {year}",
            $"To the {partnership?.GovernedBy ?? "Local Criminal Justice Board"}, on delivery against {strategy?.Title ?? "the strategy"}. Figures as at {Format(asAt)}.",
            sections);
    }

    /// <summary>
    /// Completed if done by the year's end; late if still open past its due date, or reported red; otherwise on
    /// track. Judged at the end of the year, or today for the current year.
    /// </summary>
    public static DeliveryStatus StatusAt(PlanAction action, ActionUpdate? latest, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.CompletedOn is { } done && done <= asAt)
        {
            return DeliveryStatus.Completed;
        }

        return action.DueOn < asAt || latest?.Rag == Rag.Red ? DeliveryStatus.Late : DeliveryStatus.OnTrack;
    }

    private async Task<ReportSection> IntroductionAsync(string? vision, Strategy? strategy, DateOnly from, DateOnly to, DateOnly asAt, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.Group == PartnershipGroup.Partnership && m.HeldOn >= from && m.HeldOn <= to && m.HeldOn <= asAt)
            .OrderBy(m => m.HeldOn).Select(m => m.HeldOn).ToListAsync(cancellationToken);
        var members = await (from m in db.PartnershipMembers.AsNoTracking()
                             join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
                             where m.JoinedOn <= asAt && (m.LeftOn == null || m.LeftOn > asAt)
                             orderby o.Name
                             select o.Name).ToListAsync(cancellationToken);
        var terms = await db.TermsOfReference.AsNoTracking().Where(t => t.AgreedOn <= asAt).OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
        var blocks = new List<ReportBlock>();
        if (vision is not null)
        {
            blocks.Add(new ReportParagraph($"Our vision: {vision}"));
        }

        if (strategy is not null)
        {
            blocks.Add(new ReportParagraph($"{strategy.Title} runs from {Format(strategy.StartsOn)} to {Format(strategy.EndsOn)}; its review is due on {Format(strategy.ReviewDueOn)}."));
        }

        blocks.Add(new ReportParagraph(meetings.Count == 0
            ? "The partnership did not meet in the year."
            : $"The partnership met {Times(meetings.Count)}: {string.Join(", ", meetings.Select(Format))}."));
        blocks.Add(new ReportParagraph($"{members.Count} organisations were members: {string.Join(", ", members)}."));
        if (terms is not null)
        {
            blocks.Add(new ReportParagraph($"The terms of reference in force were version {terms.Version}, agreed on {Format(terms.AgreedOn)}."));
        }

        return new ReportSection("The partnership", blocks);
    }

    private async Task<ReportSection> DeliveryAsync(DateOnly from, DateOnly to, DateOnly asAt, CancellationToken cancellationToken)
    {
        var yearEnd = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var actions = await db.PlanActions.AsNoTracking().Include(a => a.Updates).AsSplitQuery()
            .Where(a => a.Group == PartnershipGroup.Partnership && a.CreatedAt < yearEnd && (a.CompletedOn == null || a.CompletedOn >= from))
            .OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var objectives = await db.StrategicObjectives.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Number).ToListAsync(cancellationToken);
        var owners = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var judged = actions.Select(a =>
        {
            var latest = a.Updates.Where(u => u.RecordedAt < yearEnd).MaxBy(u => u.RecordedAt);
            return (Action: a, Latest: latest, Status: StatusAt(a, latest, asAt));
        }).ToList();

        var blocks = new List<ReportBlock>
        {
            new ReportParagraph($"{judged.Count} actions were in the action plan during the year: {judged.Count(j => j.Status == DeliveryStatus.Completed)} completed, " +
                $"{judged.Count(j => j.Status == DeliveryStatus.OnTrack)} on track and {judged.Count(j => j.Status == DeliveryStatus.Late)} late."),
            new ReportTable("Actions by strategic objective", ["Objective", "Actions", "Completed", "On track", "Late"],
                [.. objectives.Select(o =>
                {
                    var mine = judged.Where(j => j.Action.ObjectiveId == o.Id).ToList();
                    return (IReadOnlyList<string>)[$"{o.Number}. {o.Title}", Count(mine.Count), Count(mine.Count(j => j.Status == DeliveryStatus.Completed)),
                        Count(mine.Count(j => j.Status == DeliveryStatus.OnTrack)), Count(mine.Count(j => j.Status == DeliveryStatus.Late))];
                })]),
        };
        foreach (var objective in objectives)
        {
            var mine = judged.Where(j => j.Action.ObjectiveId == objective.Id).ToList();
            blocks.Add(new ReportSubheading($"Objective {objective.Number}: {objective.Title}"));
            if (mine.Count == 0)
            {
                blocks.Add(new ReportParagraph("No actions under this objective in the year."));
                continue;
            }

            blocks.Add(new ReportTable($"Actions under objective {objective.Number}", ["Action", "Owner", "Due", "Status", "Latest update"],
                [.. mine.Select(j => (IReadOnlyList<string>)
                [
                    $"{j.Action.Number}. {j.Action.Title}", $"{j.Action.OwnerName}, {owners.GetValueOrDefault(j.Action.OwnerOrganisationId, "")}", Format(j.Action.DueOn),
                    j.Status switch { DeliveryStatus.Completed => "Completed", DeliveryStatus.Late => "Late", _ => "On track" },
                    j.Latest is { } u ? $"{u.Quarter.Name} ({u.Rag}): {u.Text}" : "No update",
                ])]));
        }

        return new ReportSection("Delivery against the strategy", blocks);
    }

    /// <summary>The year's figures, counted by the same <see cref="StatisticsService"/> as the statistics dashboard.</summary>
    private async Task<ReportSection> RecordsAsync(int year, CancellationToken cancellationToken)
    {
        var figures = await statistics.FiguresAsync(StatisticsQuery.ForYear(year), cancellationToken);
        var timing = figures.ReasonableGroundsTiming;
        static ReportChart Chart(QuarterlyBreakdown breakdown) =>
            new(breakdown.Title, "Number", [.. breakdown.Overall.Rows.Select(r => new ReportBar(r.Label, r.Count))]);

        return new ReportSection("What Harbour's records show",
        [
            new ReportParagraph($"Partners raised {Count(figures.ConcernsByType.Overall.Total)} concerns in the year, " +
                $"made {Count(figures.NrmReferralsByAgeGroup.Overall.Total)} National Referral Mechanism referrals and " +
                $"{Count(figures.DutyToNotifyReports.Overall.Total)} Duty to Notify reports, and referred people to support services " +
                $"{Count(figures.SupportReferralsByOutcome.Overall.Total)} times."),
            new ReportSubheading("Concerns"),
            Chart(figures.ConcernsByType),
            Chart(figures.ConcernsByArea),
            Chart(figures.ConcernsByAgeGroup),
            Chart(figures.ConcernsByGender),
            new ReportSubheading("National Referral Mechanism and Duty to Notify"),
            Chart(figures.NrmReferralsByAgeGroup),
            Chart(figures.ReasonableGroundsDecisions),
            new ReportParagraph(timing.Decisions == 0
                ? "No Reasonable Grounds decisions were recorded in the year."
                : $"Reasonable Grounds decisions took a median of {timing.MedianWorkingDays:0.#} working days; {timing.PercentWithinTarget}% " +
                  $"({Count(timing.WithinTarget)} of {Count(timing.Decisions)}) were made within the {timing.TargetWorkingDays}-working-day target."),
            Chart(figures.ConclusiveGroundsDecisions),
            Chart(figures.DutyToNotifyReports),
            new ReportSubheading("Prevent and Channel"),
            Chart(figures.PreventByConcernType),
            Chart(figures.PreventByReferringSector),
            Chart(figures.ChannelOutcomes),
            new ReportSubheading("Support"),
            Chart(figures.SupportReferralsByOutcome),
        ]);
    }

    private async Task<ReportSection> TrainingAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var completions = await learning.CompletionsAsync(from, to, cancellationToken);
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph($"{Count(completions.Sum(c => c.Completions))} eLearning modules were completed, with the quiz passed, in the year."),
            new ReportChart("eLearning completions by module", "Completions",
                [.. completions.GroupBy(c => c.ModuleTitle).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ReportBar(g.Key, g.Sum(c => c.Completions)))]),
            new ReportChart("eLearning completions by organisation", "Completions",
                [.. completions.GroupBy(c => c.OrganisationName ?? "Members of the public").OrderByDescending(g => g.Sum(c => c.Completions)).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new ReportBar(g.Key, g.Sum(c => c.Completions)))]),
        };
        return new ReportSection("Training", blocks);
    }

    private static string Times(int count) => count switch { 1 => "once", 2 => "twice", _ => $"{count} times" };

    private static string Count(int value) => value.ToString("N0", English);

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
