using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public;

/// <summary>Switches high contrast on or off with a plain form post, so it works without JavaScript.</summary>
public sealed class ContrastModel : PageModel
{
    public bool IsHigh { get; private set; }

    public void OnGet() => IsHigh = Contrast.IsHigh(Request);

    public IActionResult OnPost(string? contrast, string? returnUrl)
    {
        if (contrast is not (Contrast.High or "standard"))
        {
            ModelState.AddModelError("contrast", "Select the colours you want to use");
            IsHigh = Contrast.IsHigh(Request);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Contrast.Set(Response, contrast == Contrast.High, Request.IsHttps);

        // Only ever return to a page on this site, so the form cannot be used to send someone elsewhere.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
