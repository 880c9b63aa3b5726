using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.ApiClients;

/// <summary>Creates a client and shows its token once; only a hash is kept.</summary>
public sealed class NewModel(ApiClientService clients, ReferenceDataQueries referenceData) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public string? ExpiresOnDay { get; set; }

    [BindProperty]
    public string? ExpiresOnMonth { get; set; }

    [BindProperty]
    public string? ExpiresOnYear { get; set; }

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public static IReadOnlyList<Choice> ScopeChoices { get; } = ApiScopes.All.Select(s => new Choice(s.Key, s.Key, s.Value)).ToList();

    public CreatedApiClient? Created { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Organisations = (await referenceData.GetOrganisationsAsync()).Select(o => new Choice(o.Code, o.Name)).ToList();
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Created = await clients.CreateAsync(new NewApiClient(Name, Organisation, Scopes, ExpiresOn(this)), HttpContext.Actor());
        // The token is in this response only: never stored, never redirected through a URL.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public static DateOnly? ExpiresOn(NewModel model) => DateInput.Parse(model.ExpiresOnDay, model.ExpiresOnMonth, model.ExpiresOnYear);
}

public sealed class NewModelValidator : AbstractValidator<NewModel>
{
    public NewModelValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Enter a name for the partner system");
        RuleFor(m => m.Organisation).NotEmpty().WithMessage("Select the organisation that runs the partner system");
        RuleFor(m => m.Scopes).NotEmpty().WithMessage("Select what the partner system may do");
        RuleFor(m => m).Must(m => !string.IsNullOrWhiteSpace(m.ExpiresOnDay) || !string.IsNullOrWhiteSpace(m.ExpiresOnMonth) || !string.IsNullOrWhiteSpace(m.ExpiresOnYear))
            .WithName("ExpiresOn").OverridePropertyName("ExpiresOn").WithMessage("Enter the date the access ends")
            .DependentRules(() =>
                RuleFor(m => m).Must(m => NewModel.ExpiresOn(m) is not null)
                    .OverridePropertyName("ExpiresOn").WithMessage("The date the access ends must be a real date"));
    }
}
