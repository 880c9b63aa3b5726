using Harbour.Core.Linking;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Analysis;

public sealed class IndexModel(NetworkService network, LinkingService linking) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<EntitySearchResult>? Results { get; private set; }

    public int WaitingForReview { get; private set; }

    public async Task OnGetAsync()
    {
        WaitingForReview = (await linking.ReviewQueueAsync(User.Scope(), HttpContext.RequestAborted)).Count;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = await network.SearchAsync(Query, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        }
    }
}
