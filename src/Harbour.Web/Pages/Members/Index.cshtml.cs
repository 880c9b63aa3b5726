using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Members;

/// <summary>The members' directory: who belongs to the partnership and who represents them.</summary>
public sealed class IndexModel(MembershipService membership) : PageModel
{
    public IReadOnlyList<MemberSummary> Members { get; private set; } = [];

    public bool IsPursueMember { get; private set; }

    public async Task OnGetAsync()
    {
        Members = await membership.MembersAsync(cancellationToken: HttpContext.RequestAborted);
        IsPursueMember = await membership.IsPursueMemberAsync(User.Scope(), HttpContext.RequestAborted);
    }
}
