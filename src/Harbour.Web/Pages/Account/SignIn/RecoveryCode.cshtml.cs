using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Account.SignIn;

/// <summary>For a user without their phone: one of the recovery codes they saved at set-up. Each works once.</summary>
public sealed class RecoveryCodeModel(SignInManager<HarbourUser> signIn, AuditLog audit, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { TwoFactorEnabled: true } ? Page() : Redirect(AuthenticationSetup.SignInPath);

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect(AuthenticationSetup.SignInPath);
        }

        var actor = HttpContext.Actor() with { UserId = user.Id, OrganisationId = user.OrganisationId };
        if (throttle.TryAttempt(HttpContext, user.Email))
        {
            var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode!.Replace(" ", "", StringComparison.Ordinal).Trim());
            if (result.Succeeded)
            {
                await audit.RecordAndSaveAsync(actor, "sign-in.succeeded", nameof(HarbourUser), user.Id.ToString(), "Recovery code used");
                return LocalRedirect(PendingSignIn.SafeReturnUrl(ReturnUrl));
            }

            await audit.RecordAndSaveAsync(actor, result.IsLockedOut ? "sign-in.locked-out" : "sign-in.failed", nameof(HarbourUser), user.Id.ToString(), "Wrong recovery code");
            ModelState.AddModelError(nameof(RecoveryCode), result.IsLockedOut
                ? "Your account is locked because of too many attempts to sign in. Try again in 15 minutes"
                : "Enter a recovery code you have not used before");
        }
        else
        {
            ModelState.AddModelError("", "There have been too many attempts to sign in. Wait 15 minutes, then try again");
        }

        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}

public sealed class RecoveryCodeModelValidator : AbstractValidator<RecoveryCodeModel>
{
    public RecoveryCodeModelValidator() =>
        RuleFor(m => m.RecoveryCode).NotEmpty().WithMessage("Enter one of your recovery codes");
}
