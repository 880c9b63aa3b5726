using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Concerns.Raise;

public sealed class SubmittedModel(ConcernService concerns) : PageModel
{
    public Concern Concern { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var concern = await concerns.GetAsync(id, User.Scope(), HttpContext.Actor());
        if (concern is null)
        {
            return NotFound();
        }

        Concern = concern;
        return Page();
    }
}
