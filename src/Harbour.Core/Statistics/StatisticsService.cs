using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Pathways;
using Harbour.Core.ReferenceData;
using Harbour.Core.Referrals;
using Microsoft.EntityFrameworkCore;
using static Harbour.Core.Data.StatisticsColumns;

namespace Harbour.Core.Statistics;

/// <summary>
/// Counts the partnership's work for a period, area and (optionally) one organisation's own records. Every count is
/// grouped in the database, so the figures come back as a few hundred rows however many concerns there are; only
/// the final shaping (labels, quarters, medians) happens here.
/// </summary>
public sealed class StatisticsService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public const int ReasonableGroundsTargetWorkingDays = 5;

    internal const string NotKnown = "Not known";

    /// <summary>The quarter that today falls in, the dashboard's default period.</summary>
    public CalendarQuarter CurrentQuarter() => CalendarQuarter.Of(time.GetUtcNow().UtcDateTime);

    public async Task<PartnershipFigures> FiguresAsync(StatisticsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var transaction = await BeginReadAsync(cancellationToken);
        var figures = await ComputeAsync(query, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return figures;
    }

    /// <summary>
    /// On PostgreSQL the figures are read in one repeatable-read snapshot, so totals agree across breakdowns while
    /// concerns keep arriving; JIT compilation is turned off and sort memory raised for these few large GROUP BYs
    /// (measured in docs/PERFORMANCE.md: JIT costs more than it saves here, and 4 MB of sort memory spills to disk).
    /// </summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginReadAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null || !db.Database.IsNpgsql())
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off; SET LOCAL work_mem = '64MB'", cancellationToken);
        return transaction;
    }

    private async Task<PartnershipFigures> ComputeAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        var quarters = CalendarQuarter.Spanning(query.From, query.To);
        var concerns = await ConcernCubeAsync(query, cancellationToken);
        var nrm = await NrmFiguresAsync(query, quarters, cancellationToken);
        var channel = await ChannelAsync(query, quarters, cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var areaNames = areas.ToDictionary(a => a.Id, a => a.Name);

        return new PartnershipFigures(
            query,
            quarters,
            Quarterly("Concerns by type", quarters, concerns.Select(c => (c.Quarter, TypeLabel(c.IsModernSlavery, c.IsPrevent), c.Count)),
                ["Modern slavery", "Prevent", "Modern slavery and Prevent"]),
            Quarterly("Concerns by area", quarters, concerns.Select(c => (c.Quarter, c.AreaId is { } area ? areaNames.GetValueOrDefault(area, NotKnown) : NotKnown, c.Count)),
                [.. areas.Select(a => a.Name), NotKnown]),
            await ExploitationTypesAsync(query, quarters, cancellationToken),
            Quarterly("Concerns by age group", quarters, concerns.Select(c => (c.Quarter, AgeLabel(c.AgeGroup), c.Count)), ["Adult", "Child", NotKnown]),
            Quarterly("Concerns by gender", quarters, concerns.Select(c => (c.Quarter, GenderLabel(c.Gender), c.Count)), ["Female", "Male", "In another way", NotKnown]),
            Quarterly("Concerns by nationality", quarters, concerns.Select(c => (c.Quarter, NationalityLabel(c.Nationality), c.Count)), null),
            Quarterly("Time to triage", quarters, concerns.Select(c => (c.Quarter, c.Triage, c.Count)), [TriagedOnTime, TriagedLate, AwaitingTriage]),
            nrm.Referrals,
            nrm.ReasonableGrounds,
            nrm.ConclusiveGrounds,
            nrm.Timing,
            await DutyToNotifyAsync(query, quarters, cancellationToken),
            Quarterly("Prevent referrals by type of concern", quarters,
                concerns.Where(c => c.IsPrevent).Select(c => (c.Quarter, PreventTypeLabel(c.PreventConcernType), c.Count)),
                ["Islamist", "Extreme right-wing", "Mixed, unclear or unstable", "Other", NotKnown]),
            channel.ReferringSectors,
            channel.Outcomes,
            await SupportReferralsAsync(query, quarters, cancellationToken));
    }

    /// <summary>
    /// The quarterly tables in the shape of the Home Office NRM statistics: referrals by exploitation type and age at
    /// exploitation, by nationality and by first-responder type, and the decisions.
    /// </summary>
    public async Task<IReadOnlyList<StatisticsTable>> HomeOfficeTablesAsync(StatisticsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var transaction = await BeginReadAsync(cancellationToken);
        // Only the NRM and Duty to Notify figures appear in these tables; the rest of the dashboard is not counted.
        var quarters = CalendarQuarter.Spanning(query.From, query.To);
        var nrmFigures = await NrmFiguresAsync(query, quarters, cancellationToken);
        var dutyToNotifyReports = await DutyToNotifyAsync(query, quarters, cancellationToken);
        var first = query.From;
        var last = query.To;
        var rows = await (
                from p in db.Pathways.AsNoTracking()
                where p.Kind == PathwayKind.NationalReferralMechanism && EF.Property<DateOnly?>(p, NrmSubmittedOn) >= first && EF.Property<DateOnly?>(p, NrmSubmittedOn) <= last
                join c in Cases(query) on p.CaseId equals c.Id
                join k in db.Concerns.AsNoTracking() on c.ConcernId equals (Guid?)k.Id
                join o in db.Organisations.AsNoTracking() on c.OwnerOrganisationId equals o.Id
                group p by new { SubmittedOn = EF.Property<DateOnly?>(p, NrmSubmittedOn), c.AgeGroup, Nationality = EF.Property<string?>(k, PersonNationality), o.Type, k.ExploitationTypeCodes } into g
                select new { g.Key.SubmittedOn, g.Key.AgeGroup, g.Key.Nationality, g.Key.Type, g.Key.ExploitationTypeCodes, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var types = await ExploitationTypeNamesAsync(cancellationToken);
        var referrals = rows.Select(r => (Quarter: CalendarQuarter.Of(r.SubmittedOn!.Value), r.AgeGroup, r.Nationality, r.Type, r.ExploitationTypeCodes, r.Count)).ToList();
        string[] ageColumns = ["Adult (18 or over)", "Child (17 or under)", "Age not specified"];

        StatisticsTable ByAge(string title, string sheet, string dimension, Func<(CalendarQuarter Quarter, AgeGroup AgeGroup, string? Nationality, OrganisationType Type, List<string> Codes, int Count), IEnumerable<string>> labels)
        {
            var cells = referrals.SelectMany(r => labels(r).Select(label => (r.Quarter, Label: label, r.AgeGroup, r.Count))).ToList();
            var table = new List<IReadOnlyList<object>>();
            foreach (var quarter in quarters)
            {
                foreach (var label in cells.Where(c => c.Quarter == quarter).GroupBy(c => c.Label).OrderByDescending(g => g.Sum(c => c.Count)).ThenBy(g => g.Key, StringComparer.Ordinal))
                {
                    var adult = label.Where(c => c.AgeGroup == AgeGroup.Adult).Sum(c => c.Count);
                    var child = label.Where(c => c.AgeGroup == AgeGroup.Child).Sum(c => c.Count);
                    var unknown = label.Where(c => c.AgeGroup == AgeGroup.NotKnown).Sum(c => c.Count);
                    table.Add([quarter.Label, label.Key, adult, child, unknown, adult + child + unknown]);
                }
            }

            return new StatisticsTable(title, ["Quarter", dimension, .. ageColumns, "Total"], table) { Sheet = sheet };
        }

        var decisions = quarters.Select((quarter, i) => (IReadOnlyList<object>)
        [
            quarter.Label,
            nrmFigures.Referrals.ByQuarter[i].Breakdown.Total,
            nrmFigures.ReasonableGrounds.ByQuarter[i].Breakdown.CountOf("Positive"),
            nrmFigures.ReasonableGrounds.ByQuarter[i].Breakdown.CountOf("Negative"),
            nrmFigures.ConclusiveGrounds.ByQuarter[i].Breakdown.CountOf("Positive"),
            nrmFigures.ConclusiveGrounds.ByQuarter[i].Breakdown.CountOf("Negative"),
            dutyToNotifyReports.ByQuarter[i].Breakdown.Total,
        ]).ToList();
        decisions.Add(
        [
            "Median working days to a Reasonable Grounds decision in the period",
            nrmFigures.Timing.MedianWorkingDays?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) ?? "No decisions",
            $"{nrmFigures.Timing.WithinTarget} of {nrmFigures.Timing.Decisions} within the {ReasonableGroundsTargetWorkingDays}-working-day target",
            "", "", "", "",
        ]);

        var dutyToNotify = dutyToNotifyReports.ByQuarter
            .SelectMany(q => q.Breakdown.Rows.Where(r => r.Count > 0).Select(r => (IReadOnlyList<object>)[q.Quarter.Label, r.Label, r.Count]))
            .ToList();

        return
        [
            ByAge("Referrals by exploitation type and age at exploitation", "Exploitation type by age", "Exploitation type",
                r => r.Codes.Count == 0 ? ["Not specified"] : r.Codes.Select(code => types.GetValueOrDefault(code, code))),
            ByAge("Referrals by nationality", "Nationality", "Nationality", r => [NationalityLabel(r.Nationality)]),
            ByAge("Referrals by first responder type", "First responder type", "First responder type", r => [OrganisationTypeLabel(r.Type)]),
            new StatisticsTable("Decisions", ["Quarter", "Referrals", "Reasonable Grounds positive", "Reasonable Grounds negative",
                "Conclusive Grounds positive", "Conclusive Grounds negative", "Duty to Notify reports"], decisions) { Sheet = "Decisions" },
            new StatisticsTable("Duty to Notify reports by nationality", ["Quarter", "Nationality", "Reports"], dutyToNotify) { Sheet = "Duty to Notify" },
        ];
    }

    /// <summary>
    /// The people of the modern slavery concerns submitted in the period, reduced to the fields the open data
    /// publishes. Not for display: only <see cref="KAnonymiser"/> output leaves Harbour.
    /// </summary>
    public async Task<IReadOnlyList<OpenDataPerson>> OpenDataPeopleAsync(StatisticsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var people = await Concerns(query).Where(c => c.IsModernSlavery)
            .Select(c => new
            {
                c.Person.Gender, c.Person.DateOfBirth, c.Person.ApproximateAge, c.Person.AgeGroup, c.Person.Nationality,
                c.ExploitationTypeCodes, c.IndicatorCodes, SubmittedAt = c.SubmittedAt!.Value,
            })
            .ToListAsync(cancellationToken);
        var types = await ExploitationTypeNamesAsync(cancellationToken);
        return people.Select(p => new OpenDataPerson(
                GenderLabel(p.Gender),
                p.DateOfBirth is { } born ? AgeOn(born, DateOnly.FromDateTime(p.SubmittedAt)) : p.ApproximateAge,
                p.AgeGroup ?? AgeGroup.NotKnown,
                Countries.NameOf(p.Nationality),
                p.ExploitationTypeCodes.Select(code => types.GetValueOrDefault(code, code)).Order(StringComparer.Ordinal).ToList(),
                MeansOfControl.FromIndicators(p.IndicatorCodes),
                p.SubmittedAt.Year))
            .ToList();
    }

    /// <summary>Exports leave the service as files, so each is on the audit trail with what was asked for.</summary>
    public Task RecordExportAsync(AuditActor actor, string what, StatisticsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        audit.Record(actor, "statistics.exported", "Statistics", what,
            reason: $"{what} for {query.From:yyyy-MM-dd} to {query.To:yyyy-MM-dd}",
            after: new { query.From, query.To, query.AreaId, query.OrganisationId });
        return db.SaveChangesAsync(cancellationToken);
    }

    private IQueryable<Concern> Concerns(StatisticsQuery query)
    {
        var start = query.StartUtc;
        var end = query.EndUtc;
        var concerns = db.Concerns.AsNoTracking().Where(c => c.Status != ConcernStatus.Draft && c.SubmittedAt >= start && c.SubmittedAt < end);
        if (query.AreaId is { } area)
        {
            concerns = concerns.Where(c => c.AreaId == area);
        }

        if (query.OrganisationId is { } organisation)
        {
            // An organisation's own concerns: those it raised and those in its triage queue.
            concerns = concerns.Where(c => c.TriageOrganisationId == organisation || c.RaisedByOrganisationId == organisation);
        }

        return concerns;
    }

    private IQueryable<Case> Cases(StatisticsQuery query)
    {
        var cases = db.Cases.AsNoTracking();
        if (query.AreaId is { } area)
        {
            cases = cases.Where(c => c.AreaId == area);
        }

        if (query.OrganisationId is { } organisation)
        {
            cases = cases.Where(c => c.OwnerOrganisationId == organisation);
        }

        return cases;
    }

    /// <summary>
    /// Pathways on the cases in scope. Without an area or organisation every pathway is in scope, and the join to
    /// cases (900,000 rows at the benchmark's scale) is left out; with one, it is a semi-join on the case ids.
    /// </summary>
    private IQueryable<Pathway> ScopedPathways(StatisticsQuery query)
    {
        var pathways = db.Pathways.AsNoTracking();
        if (query.AreaId is null && query.OrganisationId is null)
        {
            return pathways;
        }

        var cases = Cases(query).Select(c => c.Id);
        return pathways.Where(p => cases.Contains(p.CaseId));
    }

    private sealed record ConcernCell(CalendarQuarter Quarter, bool IsModernSlavery, bool IsPrevent, PreventConcernType? PreventConcernType,
        AgeGroup? AgeGroup, string? Gender, string? Nationality, Guid? AreaId, string Triage, int Count);

    private const string TriagedOnTime = "Triaged within 1 working day";
    private const string TriagedLate = "Triaged after 1 working day";
    private const string AwaitingTriage = "Awaiting triage";

    /// <summary>One pass over the period's concerns, grouped by every dimension the concern breakdowns need.</summary>
    private async Task<IReadOnlyList<ConcernCell>> ConcernCubeAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        var rows = await Concerns(query)
            .GroupBy(c => new
            {
                c.SubmittedAt!.Value.Year, c.SubmittedAt.Value.Month, c.IsModernSlavery, c.IsPrevent, c.PreventConcernType,
                AgeGroup = EF.Property<AgeGroup?>(c, PersonAgeGroup), Gender = EF.Property<string?>(c, PersonGender),
                Nationality = EF.Property<string?>(c, PersonNationality), c.AreaId,
                Decided = c.DecidedAt != null,
                OnTime = c.DecidedAt != null && (c.TriageDueAt == null || c.DecidedAt <= c.TriageDueAt),
            })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ConcernCell(new CalendarQuarter(r.Key.Year, ((r.Key.Month - 1) / 3) + 1), r.Key.IsModernSlavery, r.Key.IsPrevent,
                r.Key.PreventConcernType, r.Key.AgeGroup, r.Key.Gender, r.Key.Nationality, r.Key.AreaId,
                !r.Key.Decided ? AwaitingTriage : r.Key.OnTime ? TriagedOnTime : TriagedLate, r.Count))
            .ToList();
    }

    private async Task<QuarterlyBreakdown> ExploitationTypesAsync(StatisticsQuery query, IReadOnlyList<CalendarQuarter> quarters, CancellationToken cancellationToken)
    {
        // Grouped by the whole list: people share a handful of combinations, which are split into types here.
        var rows = await Concerns(query).Where(c => c.IsModernSlavery)
            .GroupBy(c => new { c.SubmittedAt!.Value.Year, c.SubmittedAt.Value.Month, c.ExploitationTypeCodes })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.ExploitationTypeCodes, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var types = await db.ExploitationTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken);
        var names = types.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        var cells = rows.SelectMany(r => (r.ExploitationTypeCodes.Count == 0 ? ["Not specified"] : r.ExploitationTypeCodes.Select(code => names.GetValueOrDefault(code, code)))
            .Select(label => (new CalendarQuarter(r.Year, ((r.Month - 1) / 3) + 1), label, r.Count)));
        return Quarterly("Modern slavery concerns by exploitation type (a concern can have several)", quarters, cells,
            [.. types.Select(t => t.Name), "Not specified"]);
    }

    private sealed record NrmFigures(QuarterlyBreakdown Referrals, QuarterlyBreakdown ReasonableGrounds, QuarterlyBreakdown ConclusiveGrounds, DecisionTiming Timing);

    private async Task<NrmFigures> NrmFiguresAsync(StatisticsQuery query, IReadOnlyList<CalendarQuarter> quarters, CancellationToken cancellationToken)
    {
        var first = query.From;
        var last = query.To;
        var nrm = ScopedPathways(query).Where(p => p.Kind == PathwayKind.NationalReferralMechanism);

        var referrals = await (
                from p in nrm
                let submittedOn = EF.Property<DateOnly?>(p, NrmSubmittedOn)
                where submittedOn >= first && submittedOn <= last
                group p by new { SubmittedOn = submittedOn, IsChild = EF.Property<bool?>(p, NrmIsChild) == true } into g
                select new { g.Key.SubmittedOn, g.Key.IsChild, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var reasonable = await (
                from p in nrm
                let decidedOn = EF.Property<DateOnly?>(p, NrmReasonableGroundsOn)
                where decidedOn >= first && decidedOn <= last
                group p by new
                {
                    SubmittedOn = EF.Property<DateOnly?>(p, NrmSubmittedOn), ReasonableGroundsOn = decidedOn, p.NrmState,
                    HasConclusive = EF.Property<DateOnly?>(p, NrmConclusiveGroundsOn) != null,
                } into g
                select new { g.Key.SubmittedOn, g.Key.ReasonableGroundsOn, g.Key.NrmState, g.Key.HasConclusive, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var conclusive = await (
                from p in nrm
                let decidedOn = EF.Property<DateOnly?>(p, NrmConclusiveGroundsOn)
                where decidedOn >= first && decidedOn <= last
                group p by new { ConclusiveGroundsOn = decidedOn, p.NrmState } into g
                select new { g.Key.ConclusiveGroundsOn, g.Key.NrmState, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // The state now says what the latest decision was; a negative Reasonable Grounds decision is one that left the
        // referral negative, or under reconsideration before any Conclusive Grounds decision.
        static bool ReasonableNegative(NrmState state, bool hasConclusive) =>
            state == NrmState.ReasonableGroundsNegative || (state == NrmState.ReconsiderationRequested && !hasConclusive);

        var timed = reasonable
            .Where(r => r.SubmittedOn is not null)
            .Select(r => (Days: WorkingDays.Between(r.SubmittedOn!.Value, r.ReasonableGroundsOn!.Value), r.Count))
            .ToList();
        var timing = new DecisionTiming(
            timed.Sum(t => t.Count),
            WeightedMedian(timed),
            timed.Where(t => t.Days <= ReasonableGroundsTargetWorkingDays).Sum(t => t.Count),
            ReasonableGroundsTargetWorkingDays);

        return new NrmFigures(
            // The referral records whether the person was a child, as the NRM form asks; an unknown age is referred as an adult.
            Quarterly("NRM referrals by age at exploitation", quarters,
                referrals.Select(r => (CalendarQuarter.Of(r.SubmittedOn!.Value), r.IsChild ? "Child" : "Adult", r.Count)), ["Adult", "Child"]),
            Quarterly("Reasonable Grounds decisions", quarters,
                reasonable.Select(r => (CalendarQuarter.Of(r.ReasonableGroundsOn!.Value), ReasonableNegative(r.NrmState, r.HasConclusive) ? "Negative" : "Positive", r.Count)),
                ["Positive", "Negative"]),
            Quarterly("Conclusive Grounds decisions", quarters,
                conclusive.Select(r => (CalendarQuarter.Of(r.ConclusiveGroundsOn!.Value), r.NrmState == NrmState.ConclusiveGroundsPositive ? "Positive" : "Negative", r.Count)),
                ["Positive", "Negative"]),
            timing);
    }

    private async Task<QuarterlyBreakdown> DutyToNotifyAsync(StatisticsQuery query, IReadOnlyList<CalendarQuarter> quarters, CancellationToken cancellationToken)
    {
        var first = query.From;
        var last = query.To;
        var reports = db.DutyToNotifyReports.AsNoTracking().Where(r => r.SubmittedOn >= first && r.SubmittedOn <= last);
        if (query.AreaId is not null || query.OrganisationId is not null)
        {
            var cases = Cases(query).Select(c => c.Id);
            reports = reports.Where(r => cases.Contains(r.CaseId));
        }

        // The nationality is looked up per report (two key lookups) rather than joined, so a year's few thousand
        // reports never make the database read every case.
        var rows = await reports
            .Select(r => new
            {
                r.SubmittedOn,
                Nationality = db.Cases.Where(c => c.Id == r.CaseId)
                    .Join(db.Concerns, c => c.ConcernId, k => (Guid?)k.Id, (c, k) => EF.Property<string?>(k, PersonNationality))
                    .FirstOrDefault(),
            })
            .GroupBy(r => new { r.SubmittedOn, r.Nationality })
            .Select(g => new { g.Key.SubmittedOn, g.Key.Nationality, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Quarterly("Duty to Notify reports by nationality", quarters,
            rows.Select(r => (CalendarQuarter.Of(r.SubmittedOn), NationalityLabel(r.Nationality), r.Count)), null);
    }

    private sealed record ChannelFigures(QuarterlyBreakdown ReferringSectors, QuarterlyBreakdown Outcomes);

    /// <summary>
    /// Channel referrals by sector (counted when referred) and gateway, panel and adoption (counted when they
    /// happened): three grouped queries, each a range of its own index, rather than one with an OR of three dates,
    /// which no index serves (measured: 2.4 s against tens of milliseconds at the benchmark's scale).
    /// </summary>
    private async Task<ChannelFigures> ChannelAsync(StatisticsQuery query, IReadOnlyList<CalendarQuarter> quarters, CancellationToken cancellationToken)
    {
        var first = query.From;
        var last = query.To;
        var start = query.StartUtc;
        var end = query.EndUtc;
        var channel = ScopedPathways(query).Where(p => p.Kind == PathwayKind.Channel);
        var referred = await channel
            .Where(p => p.CreatedAt >= start && p.CreatedAt < end)
            .GroupBy(p => new { p.CreatedAt.Year, p.CreatedAt.Month, Sector = EF.Property<ReferringSector?>(p, ChannelReferringSector) })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Sector, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var gateway = await channel
            .Where(p => EF.Property<DateOnly?>(p, ChannelGatewayAssessedOn) >= first && EF.Property<DateOnly?>(p, ChannelGatewayAssessedOn) <= last)
            .GroupBy(p => new { On = EF.Property<DateOnly?>(p, ChannelGatewayAssessedOn), Outcome = EF.Property<GatewayOutcome?>(p, ChannelGatewayOutcome) })
            .Select(g => new { g.Key.On, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var adoptions = await channel
            .Where(p => EF.Property<DateOnly?>(p, ChannelAdoptedOn) >= first && EF.Property<DateOnly?>(p, ChannelAdoptedOn) <= last)
            .GroupBy(p => EF.Property<DateOnly?>(p, ChannelAdoptedOn))
            .Select(g => new { On = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        const string assessed = "Gateway assessments";
        const string toPanel = "Sent to the Channel panel";
        const string adopted = "Adopted as Channel cases";
        var sectors = referred.Select(r => (CalendarQuarter.Of(new DateOnly(r.Year, r.Month, 1)), SectorLabel(r.Sector), r.Count));
        var outcomes = gateway.Select(r => (CalendarQuarter.Of(r.On!.Value), assessed, r.Count))
            .Concat(gateway.Where(r => r.Outcome == GatewayOutcome.ChannelPanel).Select(r => (CalendarQuarter.Of(r.On!.Value), toPanel, r.Count)))
            .Concat(adoptions.Select(r => (CalendarQuarter.Of(r.On!.Value), adopted, r.Count)));

        return new ChannelFigures(
            Quarterly("Prevent referrals to Channel by referring sector", quarters, sectors, [.. Enum.GetValues<ReferringSector>().Select(s => SectorLabel(s)), NotKnown]),
            Quarterly("Channel: gateway, panel and adoption", quarters, outcomes, [assessed, toPanel, adopted]));
    }

    private async Task<QuarterlyBreakdown> SupportReferralsAsync(StatisticsQuery query, IReadOnlyList<CalendarQuarter> quarters, CancellationToken cancellationToken)
    {
        var start = query.StartUtc;
        var end = query.EndUtc;
        var referrals = db.SupportReferrals.AsNoTracking().Where(r => r.SentAt >= start && r.SentAt < end);
        if (query.OrganisationId is { } organisation)
        {
            referrals = referrals.Where(r => r.ReferredByOrganisationId == organisation || r.ReceivingOrganisationId == organisation);
        }

        if (query.AreaId is { } area)
        {
            // Only an area needs the case; every referral belongs to one, so without an area the join is left out.
            var casesInArea = db.Cases.AsNoTracking().Where(c => c.AreaId == area).Select(c => c.Id);
            referrals = referrals.Where(r => casesInArea.Contains(r.CaseId));
        }

        var rows = await referrals
            .GroupBy(r => new { r.SentAt.Year, r.SentAt.Month, r.Status })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Quarterly("Support referrals by outcome", quarters,
            rows.Select(r => (new CalendarQuarter(r.Year, ((r.Month - 1) / 3) + 1), SupportLabel(r.Status), r.Count)),
            [.. Enum.GetValues<SupportReferralStatus>().Select(SupportLabel)]);
    }

    private async Task<Dictionary<string, string>> ExploitationTypeNamesAsync(CancellationToken cancellationToken) =>
        await db.ExploitationTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// Sums cells into one breakdown for the period and one per quarter. Labels in <paramref name="order"/> are always
    /// shown (with 0), in that order; otherwise labels are ordered by the period's count, largest first.
    /// </summary>
    internal static QuarterlyBreakdown Quarterly(string title, IReadOnlyList<CalendarQuarter> quarters, IEnumerable<(CalendarQuarter Quarter, string Label, int Count)> cells, IReadOnlyList<string>? order)
    {
        var list = cells.Where(c => quarters.Contains(c.Quarter)).ToList();
        var labels = order is not null
            ? order.Concat(list.Select(c => c.Label).Where(l => !order.Contains(l)).Distinct().Order(StringComparer.Ordinal)).ToList()
            : list.GroupBy(c => c.Label).OrderByDescending(g => g.Sum(c => c.Count)).ThenBy(g => g.Key == NotKnown ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        Breakdown Sum(IEnumerable<(CalendarQuarter Quarter, string Label, int Count)> part)
        {
            var totals = part.GroupBy(c => c.Label).ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
            return new Breakdown(title, labels.Select(l => new BreakdownRow(l, totals.GetValueOrDefault(l))).ToList());
        }

        return new QuarterlyBreakdown(Sum(list), quarters.Select(q => new QuarterBreakdown(q, Sum(list.Where(c => c.Quarter == q)))).ToList());
    }

    internal static double? WeightedMedian(IReadOnlyList<(int Days, int Count)> values)
    {
        var total = values.Sum(v => v.Count);
        if (total == 0)
        {
            return null;
        }

        var sorted = values.OrderBy(v => v.Days).ToList();
        int At(int index)
        {
            var seen = 0;
            foreach (var (days, count) in sorted)
            {
                seen += count;
                if (index < seen)
                {
                    return days;
                }
            }

            return sorted[^1].Days;
        }

        return total % 2 == 1 ? At(total / 2) : (At((total / 2) - 1) + At(total / 2)) / 2.0;
    }

    internal static int AgeOn(DateOnly born, DateOnly on) =>
        on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);

    internal static string TypeLabel(bool modernSlavery, bool prevent) =>
        modernSlavery && prevent ? "Modern slavery and Prevent" : prevent ? "Prevent" : "Modern slavery";

    internal static string AgeLabel(AgeGroup? age) => age switch
    {
        AgeGroup.Adult => "Adult",
        AgeGroup.Child => "Child",
        _ => NotKnown,
    };

    internal static string GenderLabel(string? gender) => gender switch
    {
        "Female" => "Female",
        "Male" => "Male",
        "Other" => "In another way",
        _ => NotKnown,
    };

    internal static string NationalityLabel(string? code) => Countries.NameOf(code) ?? NotKnown;

    internal static string PreventTypeLabel(PreventConcernType? type) => type switch
    {
        PreventConcernType.Islamist => "Islamist",
        PreventConcernType.ExtremeRightWing => "Extreme right-wing",
        PreventConcernType.MixedUnclearUnstable => "Mixed, unclear or unstable",
        PreventConcernType.Other => "Other",
        _ => NotKnown,
    };

    internal static string SectorLabel(ReferringSector? sector) => sector switch
    {
        ReferringSector.Education => "Education",
        ReferringSector.Health => "Health",
        ReferringSector.LocalAuthority => "Local authority",
        ReferringSector.Police => "Police",
        ReferringSector.CommunityOrFaith => "Community or faith",
        ReferringSector.FamilyOrFriends => "Family or friends",
        ReferringSector.Other => "Other",
        _ => NotKnown,
    };

    internal static string SupportLabel(SupportReferralStatus status) => status switch
    {
        SupportReferralStatus.Sent => "Awaiting an answer",
        SupportReferralStatus.Accepted => "Accepted",
        SupportReferralStatus.Declined => "Declined",
        SupportReferralStatus.Withdrawn => "Withdrawn",
        _ => "Completed",
    };

    internal static string OrganisationTypeLabel(OrganisationType type) => type switch
    {
        OrganisationType.Police => "Police",
        OrganisationType.LocalAuthority => "Local authority",
        OrganisationType.Health => "Health",
        OrganisationType.Charity => "Non-governmental organisation",
        OrganisationType.Government => "Government agency",
        _ => "Other",
    };
}
