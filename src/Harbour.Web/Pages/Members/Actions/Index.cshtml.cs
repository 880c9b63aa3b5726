using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Members.Actions;

/// <summary>The action plan: by objective, by owner, overdue, no update this quarter, completed.</summary>
public sealed class IndexModel(ActionPlanService plan, MembershipService membership) : PageModel
{
    public static IReadOnlyList<(string Code, ActionView View, string Text)> Views { get; } =
    [
        ("objective", ActionView.ByObjective, "By objective"),
        ("owner", ActionView.ByOwner, "By owner"),
        ("overdue", ActionView.Overdue, "Overdue"),
        ("no-update", ActionView.NoUpdateThisQuarter, "No update this quarter"),
        ("completed", ActionView.Completed, "Completed"),
    ];

    [BindProperty(SupportsGet = true, Name = "group")]
    public string? GroupCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? ViewCode { get; set; }

    public PartnershipGroup Group => GroupRoute.Parse(GroupCode);

    public (string Code, ActionView View, string Text) Current => Views.FirstOrDefault(v => v.Code == ViewCode, Views[0]);

    public IReadOnlyList<ActionSummary> Actions { get; private set; } = [];

    public bool CanRun { get; private set; }

    public bool IsPursueMember { get; private set; }

    public Core.CalendarQuarter Quarter => plan.CurrentQuarter;

    public async Task OnGetAsync()
    {
        var user = User.Scope();
        Actions = await plan.ListAsync(Group, Current.View, user, HttpContext.RequestAborted);
        IsPursueMember = await membership.IsPursueMemberAsync(user, HttpContext.RequestAborted);
        CanRun = Group == PartnershipGroup.Pursue ? IsPursueMember : GovernanceAccess.IsCoordinator(user);
    }
}
