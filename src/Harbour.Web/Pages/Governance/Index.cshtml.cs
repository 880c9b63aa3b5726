using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>The coordinator's view of the partnership's business: what is due, and where to do it.</summary>
public sealed class IndexModel(StrategyService strategy, ActionPlanService plan, MembershipService membership, MeetingService meetings) : PageModel
{
    public Strategy? Strategy { get; private set; }

    public TermsOfReference? Terms { get; private set; }

    public IReadOnlyList<ActionSummary> Actions { get; private set; } = [];

    public int MembersDueReview { get; private set; }

    public Meeting? NextMeeting { get; private set; }

    public Core.CalendarQuarter Quarter => plan.CurrentQuarter;

    public async Task OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var user = User.Scope();
        Strategy = await strategy.CurrentStrategyAsync(cancel);
        Terms = await strategy.CurrentTermsAsync(cancel);
        Actions = await plan.ListAsync(PartnershipGroup.Partnership, ActionView.ByObjective, user, cancel);
        MembersDueReview = (await membership.MembersAsync(cancellationToken: cancel)).Count(m => m.IsReviewDue);
        NextMeeting = (await meetings.ListAsync(PartnershipGroup.Partnership, user, cancel)).Where(m => m.Minutes is null).MinBy(m => m.HeldOn);
    }
}
