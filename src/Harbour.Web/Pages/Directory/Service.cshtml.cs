using System.Globalization;
using FluentValidation;
using Harbour.Core.SupportDirectory;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Directory;

/// <summary>Add or change a service in the support directory, or mark it as checked. Saving makes the entry Harbour's.</summary>
public sealed class ServiceModel(DirectoryCache cache, SupportDirectoryService directory) : PageModel
{
    /// <summary>A service's id, or "new".</summary>
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "new";

    [BindProperty]
    public string? OrganisationId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Website { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? MinimumAge { get; set; }

    [BindProperty]
    public string? MaximumAge { get; set; }

    [BindProperty]
    public string? Gender { get; set; }

    [BindProperty]
    public string? Eligibility { get; set; }

    [BindProperty]
    public List<string> Areas { get; set; } = [];

    [BindProperty]
    public List<string> Needs { get; set; } = [];

    public DirectoryCatalogue Catalogue { get; private set; } = null!;

    public CatalogueService? Existing { get; private set; }

    public static IReadOnlyList<Choice> Statuses { get; } =
        Enum.GetValues<ServiceStatus>().Select(s => new Choice(s.ToString(), DirectoryText.Status(s) is var text ? char.ToUpperInvariant(text[0]) + text[1..] : "")).ToList();

    public static IReadOnlyList<Choice> Genders { get; } = [new("", "Anyone"), new("female", "Women and girls only"), new("male", "Men and boys only")];

    public const string National = "national";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Catalogue = await cache.GetAsync(HttpContext.RequestAborted);
        if (Id != "new")
        {
            Existing = Guid.TryParse(Id, out var id) ? Catalogue.Find(id) : null;
            if (Existing is null)
            {
                context.Result = NotFound();
                return;
            }
        }

        await next();
    }

    public void OnGet()
    {
        if (Existing is not { Service: var s })
        {
            Status = nameof(ServiceStatus.Active);
            return;
        }

        OrganisationId = s.OrganisationId.ToString();
        Name = s.Name;
        Description = s.Description;
        Website = s.Url;
        Email = s.Email;
        Phone = s.Details.Phones.FirstOrDefault()?.Number;
        Status = s.Status.ToString();
        MinimumAge = s.MinimumAge?.ToString(CultureInfo.InvariantCulture);
        MaximumAge = s.MaximumAge?.ToString(CultureInfo.InvariantCulture);
        Gender = s.Gender is { } gender ? DirectoryText.Gender(gender) : "";
        Eligibility = s.EligibilityDescription;
        Areas = s.Details.IsNational ? [National] : [.. s.Details.AreaCodes];
        Needs = Existing.Terms.Select(t => t.Code).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var saved = await directory.SaveAsync(Existing?.Service.Id, new ServiceEdit(
            Guid.TryParse(OrganisationId, out var organisation) ? organisation : null, Name, Description, Website, Email, Phone,
            Enum.TryParse<ServiceStatus>(Status, out var status) ? status : null, Age(MinimumAge), Age(MaximumAge), DirectoryText.ParseGender(Gender),
            Eligibility, Areas.Contains(National), Areas.Where(a => a != National).ToList(), Needs), User.Scope(), HttpContext.Actor());
        cache.Invalidate();
        TempData["Success"] = $"{saved.Name} saved";
        return Redirect("/directory");
    }

    public async Task<IActionResult> OnPostCheckedAsync()
    {
        await directory.MarkCheckedAsync(Existing!.Service.Id, User.Scope(), HttpContext.Actor());
        cache.Invalidate();
        TempData["Success"] = $"{Existing.Service.Name} marked as checked today";
        return Redirect("/directory");
    }

    internal static int? Age(string? value) => int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age : null;
}

public sealed class ServiceModelValidator : AbstractValidator<ServiceModel>
{
    public ServiceModelValidator()
    {
        RuleFor(m => m.OrganisationId).NotEmpty().WithMessage("Select the organisation that runs the service");
        RuleFor(m => m.Name).NotEmpty().WithMessage("Enter the name of the service");
        RuleFor(m => m.Name).SafeText("Name", 200);
        RuleFor(m => m.Description).NotEmpty().WithMessage("Enter what the service does");
        RuleFor(m => m.Description).SafeText("Description", 2_000);
        RuleFor(m => m.Eligibility).SafeText("Who it is for", 1_000);
        RuleFor(m => m.MinimumAge).Must(v => string.IsNullOrWhiteSpace(v) || ServiceModel.Age(v) is not null).WithMessage("Enter the minimum age as a whole number, like 18");
        RuleFor(m => m.MaximumAge).Must(v => string.IsNullOrWhiteSpace(v) || ServiceModel.Age(v) is not null).WithMessage("Enter the maximum age as a whole number, like 17");
        RuleFor(m => m.Status).NotEmpty().WithMessage("Select whether the service is open");
    }
}
