using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Intelligence.Submit;

/// <summary>What submitting intelligence involves; starting makes a draft only the submitter can see.</summary>
public sealed class StartModel(IntelligenceService intelligence) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await intelligence.StartAsync(User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Redirect($"/intelligence/submit/{draft.Id}/case");
    }
}
