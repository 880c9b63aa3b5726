using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Account;

/// <summary>Signs out (a form post from the navigation) and confirms it.</summary>
public sealed class SignOutModel(SignInManager<HarbourUser> signIn, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.UserId() is { } userId)
        {
            await audit.RecordAndSaveAsync(HttpContext.Actor(), "sign-out", nameof(HarbourUser), userId.ToString());
        }

        await signIn.SignOutAsync();
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        return RedirectToPage();
    }
}
