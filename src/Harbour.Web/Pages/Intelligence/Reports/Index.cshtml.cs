using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Intelligence.Reports;

/// <summary>The Pursue group's intelligence reports, newest first, filtered by status. Non-members get 404; the listing is audited.</summary>
public sealed class IndexModel(IntelligenceService intelligence) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<IntelligenceReportView> Reports { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var status = IntelligenceText.ParseStatus(Status);
        Status = status?.ToString().ToLowerInvariant();
        Reports = await intelligence.ListAsync(status, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
    }
}
