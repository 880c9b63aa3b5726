using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Account.SignIn;

public sealed class IndexModel(UserManager<HarbourUser> users, SignInManager<HarbourUser> signIn, AuditLog audit, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!throttle.TryAttempt(HttpContext, Email))
        {
            return TooManyAttempts();
        }

        var user = await users.FindByEmailAsync(Email!.Trim());
        if (user is null)
        {
            await audit.RecordAndSaveAsync(HttpContext.Actor(), "sign-in.failed", reason: "No account has this email address");
            return Incorrect();
        }

        var actor = HttpContext.Actor() with { UserId = user.Id, OrganisationId = user.OrganisationId };
        var result = await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.RecordAndSaveAsync(actor, "sign-in.locked-out", nameof(HarbourUser), user.Id.ToString());
            return LockedOut();
        }

        if (result.IsNotAllowed)
        {
            await audit.RecordAndSaveAsync(actor, "sign-in.failed", nameof(HarbourUser), user.Id.ToString(), "Account deactivated or invitation not accepted");
            return Incorrect();
        }

        if (!result.Succeeded)
        {
            await audit.RecordAndSaveAsync(actor, "sign-in.failed", nameof(HarbourUser), user.Id.ToString(), "Wrong password");
            return await users.IsLockedOutAsync(user) ? LockedOut() : Incorrect();
        }

        await PendingSignIn.StartAsync(HttpContext, user);
        return Redirect($"{PendingSignIn.NextStep(user)}?returnUrl={Uri.EscapeDataString(PendingSignIn.SafeReturnUrl(ReturnUrl))}");
    }

    private PageResult Incorrect() => WithError(StatusCodes.Status400BadRequest, "Email", "Enter a correct email address and password");

    private PageResult LockedOut() => WithError(StatusCodes.Status400BadRequest, "",
        "Your account is locked because of too many attempts to sign in. Try again in 15 minutes");

    private PageResult TooManyAttempts() => WithError(StatusCodes.Status429TooManyRequests, "",
        "There have been too many attempts to sign in. Wait 15 minutes, then try again");

    private PageResult WithError(int status, string field, string message)
    {
        ModelState.AddModelError(field, message);
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}

public sealed class IndexModelValidator : AbstractValidator<IndexModel>
{
    public IndexModelValidator()
    {
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(m => m.Password).NotEmpty().WithMessage("Enter your password");
    }
}
