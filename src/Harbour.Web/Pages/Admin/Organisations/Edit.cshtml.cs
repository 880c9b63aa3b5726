using FluentValidation;
using Harbour.Core.Organisations;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.Organisations;

/// <summary>Adds an organisation (no id) or changes one; deactivates and reactivates.</summary>
public sealed class EditModel(OrganisationService organisations, ReferenceDataQueries referenceData) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public List<string> FirstResponder { get; set; } = [];

    [BindProperty]
    public List<string> Areas { get; set; } = [];

    public Organisation? Existing { get; private set; }

    public IReadOnlyCollection<string> SelectedType => Type is null ? [] : [Type];

    public static IReadOnlyList<Choice> FirstResponderChoice { get; } =
        [new("yes", "This is a First Responder Organisation", "Its staff can be given the First responder role and make NRM referrals")];

    public IReadOnlyList<Choice> AreaChoices { get; private set; } = [];

    public static IReadOnlyList<Choice> TypeChoices { get; } = Enum.GetValues<OrganisationType>()
        .Select(t => new Choice(t.ToString(), TypeName(t))).ToList();

    public static string TypeName(OrganisationType type) => type switch
    {
        OrganisationType.Police => "Police",
        OrganisationType.LocalAuthority => "Local authority",
        OrganisationType.Health => "Health",
        OrganisationType.Charity => "Charity or voluntary sector",
        OrganisationType.Government => "Government agency",
        OrganisationType.CriminalJustice => "Criminal justice",
        _ => type.ToString(),
    };

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Id is { } id)
        {
            Existing = await organisations.FindAsync(id);
            if (Existing is null)
            {
                context.Result = NotFound();
                return;
            }
        }

        AreaChoices = (await referenceData.GetAreasAsync()).Select(a => new Choice(a.Code, a.Name)).ToList();
        if (HttpMethods.IsGet(Request.Method) && Existing is not null)
        {
            Name = Existing.Name;
            Type = Existing.Type.ToString();
            FirstResponder = Existing.IsFirstResponderOrganisation ? ["yes"] : [];
            Areas = Existing.Areas.Select(a => a.Code).ToList();
        }

        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var details = new OrganisationDetails(Name, Enum.Parse<OrganisationType>(Type!), FirstResponder.Contains("yes"), Areas);
        if (Existing is null)
        {
            await organisations.AddAsync(details, HttpContext.Actor());
            TempData["Success"] = $"{details.Name!.Trim()} has been added";
        }
        else
        {
            await organisations.UpdateAsync(Existing.Id, details, HttpContext.Actor());
            TempData["Success"] = $"{details.Name!.Trim()} has been changed";
        }

        return Redirect("/admin/organisations");
    }

    public async Task<IActionResult> OnPostDeactivateAsync() => await SetActiveAsync(false);

    public async Task<IActionResult> OnPostReactivateAsync() => await SetActiveAsync(true);

    private async Task<IActionResult> SetActiveAsync(bool active)
    {
        if (Existing is null)
        {
            return NotFound();
        }

        await organisations.SetActiveAsync(Existing.Id, active, HttpContext.Actor());
        TempData["Success"] = $"{Existing.Name} has been {(active ? "reactivated" : "deactivated")}";
        return Redirect("/admin/organisations");
    }
}

public sealed class EditModelValidator : AbstractValidator<EditModel>
{
    public EditModelValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Enter the organisation's name");
        RuleFor(m => m.Type).NotEmpty().WithMessage("Select the type of organisation");
        RuleFor(m => m.Type).Must(type => Enum.TryParse<OrganisationType>(type, out _)).WithMessage("Select the type of organisation")
            .When(m => !string.IsNullOrEmpty(m.Type));
    }
}
