using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.Users;

/// <summary>One user: change roles, deactivate or reactivate, reset two-factor sign-in, send a new invitation.</summary>
public sealed class DetailsModel(UserService users, InvitationMailer mailer) : PageModel
{
    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public UserSummary Person { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var person = await users.GetUserAsync(Id, HttpContext.Actor());
        if (person is null)
        {
            context.Result = NotFound();
            return;
        }

        Person = person;
        if (HttpMethods.IsGet(Request.Method))
        {
            Roles = person.Roles.ToList();
        }

        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostRolesAsync()
    {
        await users.ChangeRolesAsync(Id, Roles, null, HttpContext.Actor());
        return Done($"{Person.DisplayName}'s roles have been changed");
    }

    public async Task<IActionResult> OnPostDeactivateAsync()
    {
        await users.SetActiveAsync(Id, active: false, null, HttpContext.Actor());
        return Done($"{Person.DisplayName}'s account has been deactivated. They have been signed out");
    }

    public async Task<IActionResult> OnPostReactivateAsync()
    {
        await users.SetActiveAsync(Id, active: true, null, HttpContext.Actor());
        return Done($"{Person.DisplayName}'s account has been reactivated");
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync()
    {
        await users.ResetTwoFactorAsync(Id, null, HttpContext.Actor());
        return Done($"{Person.DisplayName}'s two-factor sign-in has been reset. They must set it up again next time they sign in");
    }

    public async Task<IActionResult> OnPostReinviteAsync()
    {
        var invited = await users.ReinviteAsync(Id, HttpContext.Actor());
        await mailer.SendAsync(invited, Person.OrganisationName);
        return Done($"A new invitation has been sent to {Person.Email}");
    }

    private RedirectResult Done(string message)
    {
        TempData["Success"] = message;
        return Redirect($"/admin/users/{Id}");
    }
}

public sealed class DetailsModelValidator : AbstractValidator<DetailsModel>
{
    public DetailsModelValidator() =>
        RuleSet("Roles", () => RuleFor(m => m.Roles).NotEmpty().WithMessage("Select at least one role"));
}
