using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Concerns;

/// <summary>The concerns the user has raised or is writing, and the start of a new one.</summary>
public sealed class IndexModel(ConcernService concerns) : PageModel
{
    public IReadOnlyList<Concern> Mine { get; private set; } = [];

    public async Task OnGetAsync() => Mine = await concerns.ListRaisedByAsync(User.Scope());

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await concerns.StartDraftAsync(User.Scope(), HttpContext.Actor());
        return Redirect($"/concerns/{draft.Id}");
    }
}
