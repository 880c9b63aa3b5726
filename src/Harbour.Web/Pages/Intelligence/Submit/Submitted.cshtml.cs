using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Intelligence.Submit;

public sealed class SubmittedModel(IntelligenceService intelligence) : PageModel
{
    public SubmittedReportStatus Report { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Report = await intelligence.MyReportAsync(id, User.Scope(), HttpContext.RequestAborted);
}
