using Harbour.Core.Pathways;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Cases;

/// <summary>Overdue and due soon, across the organisation's cases, NRM referrals and triage queue.</summary>
public sealed class DueModel(DeadlineService deadlines) : PageModel
{
    public IReadOnlyList<Deadline> Deadlines { get; private set; } = [];

    public async Task OnGetAsync() => Deadlines = await deadlines.OverdueAndDueSoonAsync(User.Scope());

    public static string Link(Deadline deadline) => deadline.Kind switch
    {
        DeadlineKind.Triage => "/triage",
        DeadlineKind.ReasonableGrounds or DeadlineKind.RecoveryPeriodEnds => $"/cases/{deadline.Reference}/nrm",
        _ => $"/cases/{deadline.Reference}#tasks",
    };
}
