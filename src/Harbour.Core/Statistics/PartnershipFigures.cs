namespace Harbour.Core.Statistics;

/// <summary>
/// What to count: a period (both days included), and optionally one area and one organisation's own records.
/// The same query serves the dashboard (a quarter), the exports and the partnership's annual report (a year).
/// </summary>
public sealed record StatisticsQuery(DateOnly From, DateOnly To, Guid? AreaId = null, Guid? OrganisationId = null)
{
    public static StatisticsQuery ForYear(int year, Guid? areaId = null, Guid? organisationId = null) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), areaId, organisationId);

    public static StatisticsQuery ForQuarter(CalendarQuarter quarter, Guid? areaId = null, Guid? organisationId = null) =>
        new(quarter.Start, quarter.End, areaId, organisationId);

    internal DateTime StartUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Exclusive.</summary>
    internal DateTime EndUtc => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

public sealed record BreakdownRow(string Label, int Count);

/// <summary>Counts by one dimension, in the order they should be shown.</summary>
public sealed record Breakdown(string Title, IReadOnlyList<BreakdownRow> Rows)
{
    public int Total => Rows.Sum(r => r.Count);

    public int CountOf(string label) => Rows.FirstOrDefault(r => r.Label == label)?.Count ?? 0;
}

/// <summary>One breakdown for the whole period and for each quarter in it (every quarter has the same labels).</summary>
public sealed record QuarterlyBreakdown(Breakdown Overall, IReadOnlyList<QuarterBreakdown> ByQuarter)
{
    public string Title => Overall.Title;
}

public sealed record QuarterBreakdown(CalendarQuarter Quarter, Breakdown Breakdown);

/// <summary>How long Reasonable Grounds decisions took, in working days (England and Wales), against the 5-day target.</summary>
public sealed record DecisionTiming(int Decisions, double? MedianWorkingDays, int WithinTarget, int TargetWorkingDays)
{
    public int PercentWithinTarget => Decisions == 0 ? 0 : (int)Math.Round(100.0 * WithinTarget / Decisions, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The partnership's figures for one <see cref="StatisticsQuery"/>. Aggregate counts only: nothing here names or
/// describes a single person.
/// </summary>
public sealed record PartnershipFigures(
    StatisticsQuery Query,
    IReadOnlyList<CalendarQuarter> Quarters,
    QuarterlyBreakdown ConcernsByType,
    QuarterlyBreakdown ConcernsByArea,
    QuarterlyBreakdown ExploitationTypes,
    QuarterlyBreakdown ConcernsByAgeGroup,
    QuarterlyBreakdown ConcernsByGender,
    QuarterlyBreakdown ConcernsByNationality,
    QuarterlyBreakdown TimeToTriage,
    QuarterlyBreakdown NrmReferralsByAgeGroup,
    QuarterlyBreakdown ReasonableGroundsDecisions,
    QuarterlyBreakdown ConclusiveGroundsDecisions,
    DecisionTiming ReasonableGroundsTiming,
    QuarterlyBreakdown DutyToNotifyReports,
    QuarterlyBreakdown PreventByConcernType,
    QuarterlyBreakdown PreventByReferringSector,
    QuarterlyBreakdown ChannelOutcomes,
    QuarterlyBreakdown SupportReferralsByOutcome)
{
    /// <summary>Every breakdown, in the order the dashboard and the annual report show them.</summary>
    public IReadOnlyList<QuarterlyBreakdown> All =>
    [
        ConcernsByType, ConcernsByArea, ExploitationTypes, ConcernsByAgeGroup, ConcernsByGender, ConcernsByNationality, TimeToTriage,
        NrmReferralsByAgeGroup, ReasonableGroundsDecisions, ConclusiveGroundsDecisions, DutyToNotifyReports,
        PreventByConcernType, PreventByReferringSector, ChannelOutcomes, SupportReferralsByOutcome,
    ];
}
