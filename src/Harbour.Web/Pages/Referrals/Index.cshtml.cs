using Harbour.Core.Referrals;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Referrals;

/// <summary>Referrals made to this organisation's services by others, waiting ones first.</summary>
public sealed class IndexModel(SupportReferralService referrals) : PageModel
{
    public IReadOnlyList<ReceivedReferral> Received { get; private set; } = [];

    public async Task OnGetAsync() => Received = await referrals.InboxAsync(User.Scope(), HttpContext.RequestAborted);
}
