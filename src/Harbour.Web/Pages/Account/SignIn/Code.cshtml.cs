using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Account.SignIn;

/// <summary>The second step: the 6-digit code from the user's authenticator app.</summary>
public sealed class CodeModel(SignInManager<HarbourUser> signIn, UserManager<HarbourUser> users, AuditLog audit, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        return user is { TwoFactorEnabled: true } ? Page() : Redirect(AuthenticationSetup.SignInPath);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect(AuthenticationSetup.SignInPath);
        }

        if (!throttle.TryAttempt(HttpContext, user.Email))
        {
            ModelState.AddModelError("", "There have been too many attempts to sign in. Wait 15 minutes, then try again");
            var page = Page();
            page.StatusCode = StatusCodes.Status429TooManyRequests;
            return page;
        }

        var actor = HttpContext.Actor() with { UserId = user.Id, OrganisationId = user.OrganisationId };
        var code = new string(Code!.Where(char.IsDigit).ToArray());
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAndSaveAsync(actor, "sign-in.succeeded", nameof(HarbourUser), user.Id.ToString());
            return LocalRedirect(PendingSignIn.SafeReturnUrl(ReturnUrl));
        }

        if (result.IsLockedOut || await users.IsLockedOutAsync(user))
        {
            await audit.RecordAndSaveAsync(actor, "sign-in.locked-out", nameof(HarbourUser), user.Id.ToString());
            ModelState.AddModelError("", "Your account is locked because of too many attempts to sign in. Try again in 15 minutes");
        }
        else
        {
            await audit.RecordAndSaveAsync(actor, "sign-in.failed", nameof(HarbourUser), user.Id.ToString(), "Wrong authenticator code");
            ModelState.AddModelError(nameof(Code), "Enter the code shown in your authenticator app now; the code you entered is wrong or has expired");
        }

        var failed = Page();
        failed.StatusCode = StatusCodes.Status400BadRequest;
        return failed;
    }
}

public sealed class CodeModelValidator : AbstractValidator<CodeModel>
{
    public CodeModelValidator()
    {
        RuleFor(m => m.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app");
        RuleFor(m => m.Code).Must(code => code!.Count(char.IsDigit) == 6 && code!.All(c => char.IsDigit(c) || c == ' '))
            .WithMessage("The code must be 6 digits, like 123456")
            .When(m => !string.IsNullOrEmpty(m.Code));
    }
}
