using Harbour.Core.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public.Learning;

/// <summary>Anyone can check a certificate's verification code.</summary>
public sealed class VerifyModel(LearningService learning) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public LearningCompletion? Completion { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Code is null)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Enter the verification code from the certificate");
        }
        else if ((Completion = await learning.VerifyAsync(Code, HttpContext.RequestAborted)) is null)
        {
            ModelState.AddModelError(nameof(Code), "No certificate has that code. Check it and try again");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
