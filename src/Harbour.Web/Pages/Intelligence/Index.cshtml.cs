using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Intelligence;

/// <summary>The submitter's own intelligence reports and their status; Pursue group members also get a way into the group's reports.</summary>
public sealed class IndexModel(IntelligenceService intelligence) : PageModel
{
    public IReadOnlyList<SubmittedReportStatus> Mine { get; private set; } = [];

    public bool IsPursueReader { get; private set; }

    public async Task OnGetAsync()
    {
        Mine = await intelligence.MineAsync(User.Scope(), HttpContext.RequestAborted);
        IsPursueReader = await intelligence.IsPursueReaderAsync(User.Scope(), HttpContext.RequestAborted);
    }
}
