using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Account;

/// <summary>An invited user chooses their password, then goes straight on to set up two-factor sign-in.</summary>
public sealed class InvitationModel(InvitationService invitations) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public string DisplayName { get; private set; } = "";

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var user = await invitations.FindInvitedUserAsync(Token);
        if (user is null)
        {
            context.Result = NotFound();
            return;
        }

        DisplayName = user.DisplayName;
        await next();
    }

    private string Token => RouteData.Values["token"] as string ?? "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await invitations.AcceptAsync(Token, Password, ConfirmPassword, HttpContext.Actor());
        await PendingSignIn.StartAsync(HttpContext, user);
        return Redirect(PendingSignIn.SetUpPath);
    }
}

public sealed class InvitationModelValidator : AbstractValidator<InvitationModel>
{
    public InvitationModelValidator()
    {
        RuleFor(m => m.Password).NotEmpty().WithMessage("Enter a password");
        RuleFor(m => m.ConfirmPassword).NotEmpty().WithMessage("Enter the password again").When(m => !string.IsNullOrEmpty(m.Password));
    }
}
