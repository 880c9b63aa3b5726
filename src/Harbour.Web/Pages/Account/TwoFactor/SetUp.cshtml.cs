using System.Security.Claims;
using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Account.TwoFactor;

/// <summary>
/// Mandatory two-factor enrolment, reached with a correct password (or a just-accepted invitation) and nothing
/// more: scan the QR code or type the key, confirm with a code, save the recovery codes.
/// </summary>
public sealed class SetUpModel(SignInManager<HarbourUser> signIn, UserManager<HarbourUser> users, AuditLog audit, SignInThrottle throttle) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Key { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    private HarbourUser? pendingUser;

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        pendingUser = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (pendingUser is null)
        {
            context.Result = Redirect(AuthenticationSetup.SignInPath);
            return;
        }

        if (pendingUser.TwoFactorEnabled)
        {
            context.Result = Redirect(PendingSignIn.CodePath);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(pendingUser);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(pendingUser);
            key = await users.GetAuthenticatorKeyAsync(pendingUser);
        }

        Key = key!;
        var uri = $"otpauth://totp/Harbour:{Uri.EscapeDataString(pendingUser.Email!)}?secret={Key}&issuer=Harbour&digits=6&period=30";
        QrCode = QrCodeSvg.Render(uri, "QR code for your authenticator app");
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = pendingUser!;
        if (!throttle.TryAttempt(HttpContext, user.Email))
        {
            return WithError("", "There have been too many attempts. Wait 15 minutes, then try again", StatusCodes.Status429TooManyRequests);
        }

        var code = new string(Code!.Where(char.IsDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return WithError(nameof(Code), "Enter the code shown in your authenticator app now; the code you entered is wrong or has expired", StatusCodes.Status400BadRequest);
        }

        var actor = HttpContext.Actor() with { UserId = user.Id, OrganisationId = user.OrganisationId };
        // Recorded on the same context, so it is saved with the change to the user.
        audit.Record(actor, "two-factor.enabled", nameof(HarbourUser), user.Id.ToString());
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();

        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(HarbourClaims.AuthenticationMethod, "mfa")]);
        await audit.RecordAndSaveAsync(actor, "sign-in.succeeded", nameof(HarbourUser), user.Id.ToString(), "Two-factor sign-in set up");
        ReturnUrl = PendingSignIn.SafeReturnUrl(ReturnUrl);
        return Page();
    }

    private PageResult WithError(string field, string message, int status)
    {
        ModelState.AddModelError(field, message);
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}

public sealed class SetUpModelValidator : AbstractValidator<SetUpModel>
{
    public SetUpModelValidator()
    {
        RuleFor(m => m.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app");
        RuleFor(m => m.Code).Must(code => code!.Count(char.IsDigit) == 6 && code!.All(c => char.IsDigit(c) || c == ' '))
            .WithMessage("The code must be 6 digits, like 123456")
            .When(m => !string.IsNullOrEmpty(m.Code));
    }
}
