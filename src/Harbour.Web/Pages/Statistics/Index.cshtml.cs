using System.Globalization;
using FluentValidation;
using Harbour.Core;
using Harbour.Core.Accounts;
using Harbour.Core.ReferenceData;
using Harbour.Core.Statistics;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Statistics;

/// <summary>
/// The filter as the GET form sends it: a quarter or year from the list, or a start and end date (which win when
/// given), and an area.
/// </summary>
public sealed class StatisticsFilter
{
    public string? Period { get; set; }

    public string? FromDay { get; set; }

    public string? FromMonth { get; set; }

    public string? FromYear { get; set; }

    public string? ToDay { get; set; }

    public string? ToMonth { get; set; }

    public string? ToYear { get; set; }

    public string? Area { get; set; }

    public bool HasDates => !DateInput.IsBlank(FromDay, FromMonth, FromYear) || !DateInput.IsBlank(ToDay, ToMonth, ToYear);

    public DateOnly? From => DateInput.Parse(FromDay, FromMonth, FromYear);

    public DateOnly? To => DateInput.Parse(ToDay, ToMonth, ToYear);

    /// <summary>"2025-Q3" for a quarter, "2025" for a year.</summary>
    public static (DateOnly From, DateOnly To)? ParsePeriod(string? period)
    {
        if (period is { Length: 7 } && period[4..6] == "-Q" && int.TryParse(period[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && period[6] is >= '1' and <= '4' && year is >= 2000 and <= 9999)
        {
            var quarter = new CalendarQuarter(year, period[6] - '0');
            return (quarter.Start, quarter.End);
        }

        if (period is { Length: 4 } && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) && whole is >= 2000 and <= 9999)
        {
            return (new DateOnly(whole, 1, 1), new DateOnly(whole, 12, 31));
        }

        return null;
    }
}

public sealed class StatisticsFilterValidator : AbstractValidator<StatisticsFilter>
{
    public StatisticsFilterValidator()
    {
        When(f => f.HasDates, () =>
        {
            RuleFor(f => f.From).NotNull().OverridePropertyName("From").WithMessage("Enter a date in the form 1 4 2025 for the start of the period");
            RuleFor(f => f.To).NotNull().OverridePropertyName("To").WithMessage("Enter a date in the form 30 6 2025 for the end of the period");
            RuleFor(f => f).Must(f => f.From <= f.To).When(f => f.From is not null && f.To is not null)
                .OverridePropertyName("To").WithMessage("The end of the period must be the same as or after the start");
            RuleFor(f => f).Must(f => f.To!.Value.DayNumber - f.From!.Value.DayNumber <= 5 * 366).When(f => f.From is not null && f.To is not null)
                .OverridePropertyName("To").WithMessage("Choose a period of 5 years or less");
        });
        RuleFor(f => f.Period).Must(p => string.IsNullOrEmpty(p) || StatisticsFilter.ParsePeriod(p) is not null)
            .When(f => !f.HasDates).WithMessage("Select a quarter or year from the list");
    }
}

/// <summary>
/// The partnership dashboard. Coordinators see every organisation's figures; everyone else who may open it sees their
/// own organisation's. The filter is a GET form, so a filtered view is a link that can be shared and works without
/// JavaScript; the exports take the same filter.
/// </summary>
public sealed class IndexModel(StatisticsService statistics, ReferenceDataQueries referenceData, IValidator<StatisticsFilter> validator, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public StatisticsFilter Filter { get; set; } = new();

    public PartnershipFigures? Figures { get; private set; }

    public StatisticsQuery? Query { get; private set; }

    public IReadOnlyList<Choice> Periods { get; private set; } = [];

    public IReadOnlyList<Choice> Areas { get; private set; } = [];

    public string? AreaName { get; private set; }

    public string? OrganisationName { get; private set; }

    public bool IsCoordinator => User.IsInRole(HarbourRoles.PartnershipCoordinator);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await PrepareAsync())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Figures = await statistics.FiguresAsync(Query!, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The Home Office-style quarterly tables, as CSV or Excel.</summary>
    public async Task<IActionResult> OnGetTablesAsync(string? format)
    {
        if (!await PrepareAsync())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var tables = await statistics.HomeOfficeTablesAsync(Query!, HttpContext.RequestAborted);
        await statistics.RecordExportAsync(HttpContext.Actor(), "nrm-tables", Query!, HttpContext.RequestAborted);
        return await ExportAsync(format, "harbour-nrm-statistics", tables, [Scope()]);
    }

    /// <summary>The anonymised open-data file: publishing for the partnership is a coordinator's decision.</summary>
    public async Task<IActionResult> OnGetOpenDataAsync(string? format)
    {
        if (!IsCoordinator)
        {
            return Forbid();
        }

        if (!await PrepareAsync())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var people = await statistics.OpenDataPeopleAsync(Query!, HttpContext.RequestAborted);
        var published = KAnonymiser.Anonymise(people);
        await statistics.RecordExportAsync(HttpContext.Actor(), "open-data", Query!, HttpContext.RequestAborted);
        var table = new StatisticsTable("Open data", OpenDataRow.Columns, published.Rows.Select(r => r.Cells).ToList());
        return await ExportAsync(format, "harbour-open-data", [table], [Scope(), .. published.Notes]);
    }

    /// <summary>The current filter as query-string values, for the export links.</summary>
    public Dictionary<string, string> RouteValues(string handler, string format)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["handler"] = handler, ["format"] = format };
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values["Filter." + key] = value;
            }
        }

        Add(nameof(StatisticsFilter.Period), Filter.Period);
        Add(nameof(StatisticsFilter.FromDay), Filter.FromDay);
        Add(nameof(StatisticsFilter.FromMonth), Filter.FromMonth);
        Add(nameof(StatisticsFilter.FromYear), Filter.FromYear);
        Add(nameof(StatisticsFilter.ToDay), Filter.ToDay);
        Add(nameof(StatisticsFilter.ToMonth), Filter.ToMonth);
        Add(nameof(StatisticsFilter.ToYear), Filter.ToYear);
        Add(nameof(StatisticsFilter.Area), Filter.Area);
        return values;
    }

    public string Scope() =>
        $"Harbour figures from {Query!.From:d MMMM yyyy} to {Query.To:d MMMM yyyy}"
        + (AreaName is null ? "" : $", {AreaName}")
        + (OrganisationName is null ? ", all organisations" : $", records of {OrganisationName}");

    private async Task<bool> PrepareAsync()
    {
        var current = statistics.CurrentQuarter();
        var quarters = new List<CalendarQuarter> { current };
        while (quarters.Count < 8)
        {
            var last = quarters[^1];
            quarters.Add(last.Number == 1 ? new CalendarQuarter(last.Year - 1, 4) : new CalendarQuarter(last.Year, last.Number - 1));
        }

        var thisYear = time.GetUtcNow().Year;
        Periods =
        [
            .. quarters.Select(q => new Choice($"{q.Year}-Q{q.Number}", $"{q.Label} ({q.Start:MMMM} to {q.End:MMMM yyyy})")),
            .. Enumerable.Range(0, 4).Select(i => thisYear - i).Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), $"The whole of {y}")),
        ];
        var areas = await referenceData.GetAreasAsync(HttpContext.RequestAborted);
        Areas = areas.Select(a => new Choice(a.Code, a.Name)).ToList();
        var area = areas.FirstOrDefault(a => a.Code == Filter.Area);
        AreaName = area?.Name;

        var result = await validator.ValidateAsync(Filter, HttpContext.RequestAborted);
        if (!string.IsNullOrEmpty(Filter.Area) && area is null)
        {
            ModelState.AddModelError("Filter.Area", "Select an area from the list");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("Filter." + error.PropertyName, error.ErrorMessage);
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        var (from, to) = Filter.HasDates ? (Filter.From!.Value, Filter.To!.Value) : StatisticsFilter.ParsePeriod(Filter.Period) ?? (current.Start, current.End);
        Filter.Period ??= Filter.HasDates ? null : $"{current.Year}-Q{current.Number}";
        Guid? organisation = null;
        if (!IsCoordinator)
        {
            // Everyone else sees their own organisation's records only.
            organisation = User.OrganisationIdOf() ?? Guid.Empty;
            OrganisationName = (await referenceData.GetOrganisationsAsync(HttpContext.RequestAborted)).FirstOrDefault(o => o.Id == organisation)?.Name ?? "your organisation";
        }

        Query = new StatisticsQuery(from, to, area?.Id, organisation);
        return true;
    }

    private async Task<IActionResult> ExportAsync(string? format, string name, IReadOnlyList<StatisticsTable> tables, IReadOnlyList<string> notes)
    {
        var stamp = $"{Query!.From:yyyy-MM-dd}-to-{Query.To:yyyy-MM-dd}";
        Response.Headers.CacheControl = "no-store";
        var stream = new MemoryStream();
        if (string.Equals(format, "xlsx", StringComparison.Ordinal))
        {
            await StatisticsExport.WriteExcelAsync(stream, tables, notes, HttpContext.RequestAborted);
            stream.Position = 0;
            return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}-{stamp}.xlsx");
        }

        await StatisticsExport.WriteCsvAsync(stream, tables, notes, HttpContext.RequestAborted);
        stream.Position = 0;
        return File(stream, "text/csv; charset=utf-8", $"{name}-{stamp}.csv");
    }
}
