using Harbour.Core.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public.Learning;

/// <summary>A printable certificate. Its address holds the verification code, which is unguessable, so it is public like the check page.</summary>
public sealed class CertificateModel(LearningService learning) : PageModel
{
    public LearningCompletion Completion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await learning.VerifyAsync(code, HttpContext.RequestAborted) is not { } completion)
        {
            return NotFound();
        }

        Completion = completion;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(string code)
    {
        if (await learning.VerifyAsync(code, HttpContext.RequestAborted) is not { } completion)
        {
            return NotFound();
        }

        var pdf = CertificatePdf.Render(completion, $"{Request.Scheme}://{Request.Host}/learning/verify");
        return File(pdf, "application/pdf", $"certificate-{LearningService.Display(completion.VerificationCode)}.pdf");
    }
}
