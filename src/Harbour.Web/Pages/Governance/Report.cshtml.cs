using Harbour.Core.Documents;
using Harbour.Core.Governance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>The annual report to the Local Criminal Justice Board for a chosen year: as a page, a PDF or a Word document.</summary>
public sealed class ReportModel(AnnualReportService reports, TimeProvider time) : PageModel
{
    public const int FirstYear = 2015;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ThisYear => time.GetUtcNow().Year;

    public int ChosenYear => Year is { } year && year >= FirstYear && year <= ThisYear ? year : ThisYear;

    public ReportDocument Report { get; private set; } = null!;

    public async Task OnGetAsync() => Report = await reports.BuildAsync(ChosenYear, HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetPdfAsync() =>
        File(ReportPdf.Render(await reports.BuildAsync(ChosenYear, HttpContext.RequestAborted)), "application/pdf", $"annual-report-{ChosenYear}.pdf");

    public async Task<IActionResult> OnGetWordAsync() =>
        File(ReportWord.Render(await reports.BuildAsync(ChosenYear, HttpContext.RequestAborted)),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"annual-report-{ChosenYear}.docx");
}
