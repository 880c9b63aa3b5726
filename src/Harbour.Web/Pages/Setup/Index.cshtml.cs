using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Setup;

/// <summary>
/// Creates the first administrator from the one-time link printed at start-up. Answers 404 for any other
/// token, an expired or used one, and for every token once Harbour has a user.
/// </summary>
public sealed class IndexModel(FirstAdministratorSetup setup, ReferenceDataQueries referenceData) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    private string Token => RouteData.Values["token"] as string ?? "";

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!await setup.IsUsableAsync(Token))
        {
            context.Result = NotFound();
            return;
        }

        Organisations = (await referenceData.GetOrganisationsAsync()).Select(o => new Choice(o.Code, o.Name)).ToList();
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await setup.CreateAdministratorAsync(Token,
            new NewAdministrator(DisplayName, Email, Organisation, Password, ConfirmPassword), HttpContext.Actor());
        await PendingSignIn.StartAsync(HttpContext, user);
        return Redirect(PendingSignIn.SetUpPath);
    }
}

public sealed class IndexModelValidator : AbstractValidator<IndexModel>
{
    public IndexModelValidator()
    {
        RuleFor(m => m.DisplayName).NotEmpty().WithMessage("Enter your full name");
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(m => m.Organisation).NotEmpty().WithMessage("Select your organisation");
        RuleFor(m => m.Password).NotEmpty().WithMessage("Enter a password");
        RuleFor(m => m.ConfirmPassword).NotEmpty().WithMessage("Enter the password again").When(m => !string.IsNullOrEmpty(m.Password));
    }
}
