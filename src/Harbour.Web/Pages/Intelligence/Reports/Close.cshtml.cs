using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Intelligence.Reports;

/// <summary>Closes the report with its outcome.</summary>
public sealed class CloseModel(IntelligenceService intelligence) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = "";

    [BindProperty]
    public string? Outcome { get; set; }

    public async Task OnGetAsync() =>
        // Viewing the form is a view of the report: audited (and 404 for anyone outside the group).
        await intelligence.GetAsync(Reference, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await intelligence.CloseAsync(Reference, Outcome, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = "Report closed";
        return Redirect($"/intelligence/reports/{Reference}");
    }
}
