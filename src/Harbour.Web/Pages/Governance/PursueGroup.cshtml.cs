using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>Who is in the police-led Pursue group. Only its members see its meetings, actions and intelligence.</summary>
public sealed class PursueGroupModel(MembershipService membership) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public IReadOnlyList<PursueMemberSummary> Members { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Members = await membership.PursueMembersAsync(HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await membership.AddPursueMemberAsync(Email, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = $"{Email} added to the Pursue group";
        return Redirect("/partnership/pursue-group");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId)
    {
        await membership.RemovePursueMemberAsync(userId, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = "Removed from the Pursue group";
        return Redirect("/partnership/pursue-group");
    }
}
