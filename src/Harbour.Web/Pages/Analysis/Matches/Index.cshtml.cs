using Harbour.Core.Linking;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Analysis.Matches;

public sealed class IndexModel(LinkingService linking) : PageModel
{
    public IReadOnlyList<ReviewItem> Queue { get; private set; } = [];

    public async Task OnGetAsync() => Queue = await linking.ReviewQueueAsync(User.Scope(), HttpContext.RequestAborted);
}
