using System.Globalization;
using CsvHelper;
using Harbour.Core.Auditing;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.Audit;

/// <summary>Search the audit trail by user, record, action and date; download the result as CSV.</summary>
public sealed class IndexModel(AuditSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Record { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    // "page" is Razor Pages' own route value, so the page of results travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Results { get; private set; } = new([], 0, 1, AuditSearch.PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!TryBuildQuery(out var query))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Results = await search.SearchAsync(query, PageNumber, HttpContext.Actor());
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!TryBuildQuery(out var query))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"harbour-audit.csv\"";
        Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(Response.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        // Cells a spreadsheet would run as a formula (starting =, +, - or @) are escaped.
        await using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        string[] header = ["Sequence", "OccurredAt", "UserEmail", "UserName", "Organisation", "Action", "EntityType", "EntityId", "Reason", "Before", "After", "ClientAddress"];
        WriteRow(csv, header);
        await foreach (var row in search.ExportAsync(query, HttpContext.Actor(), HttpContext.RequestAborted))
        {
            WriteRow(csv, [row.Sequence.ToString(CultureInfo.InvariantCulture), row.OccurredAt.ToString("O", CultureInfo.InvariantCulture),
                row.UserEmail, row.UserName, row.OrganisationName, row.Action, row.EntityType, row.EntityId, row.Reason, row.Before, row.After, row.ClientAddress]);
        }

        await csv.FlushAsync();
        return new EmptyResult();
    }

    private static void WriteRow(CsvWriter csv, string?[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field ?? "");
        }

        csv.EndRecord();
    }

    public string CsvLink => QueryString("csv", null);

    public string PageLink(int page) => QueryString(null, page);

    private string QueryString(string? handler, int? page)
    {
        var values = new Dictionary<string, string?>
        {
            ["handler"] = handler,
            ["user"] = UserFilter,
            ["record"] = Record,
            ["action"] = Action,
            ["from"] = From,
            ["to"] = To,
            ["p"] = page?.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/audit",
            values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value));
    }

    private bool TryBuildQuery(out AuditQuery query)
    {
        var from = ParseDate(From, nameof(From), "from");
        var to = ParseDate(To, nameof(To), "to");
        if (from is { } start && to is { } end && end < start)
        {
            ModelState.AddModelError(nameof(To), "The 'to' date must be the same as or after the 'from' date");
        }

        query = new AuditQuery(UserFilter, Record, Action, from, to);
        return ModelState.IsValid;
    }

    private DateOnly? ParseDate(string? value, string field, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "d M yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, $"Enter the '{name}' date as a real date, like 31/3/2026");
        return null;
    }
}
