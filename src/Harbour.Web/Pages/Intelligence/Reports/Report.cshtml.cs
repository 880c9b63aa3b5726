using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Intelligence.Reports;

/// <summary>One report for the Pursue group: the grading with its meaning, what was taken out, and its history. The view is audited.</summary>
public sealed class ReportModel(IntelligenceService intelligence) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = "";

    public IntelligenceReportView View { get; private set; } = null!;

    public async Task OnGetAsync() => View = await intelligence.GetAsync(Reference, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
}
