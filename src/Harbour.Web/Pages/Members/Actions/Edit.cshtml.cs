using System.Globalization;
using FluentValidation;
using Harbour.Core.Governance;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Members.Actions;

/// <summary>Add an action to a group's plan (from a meeting or not), or change one. Coordinators for the partnership; members for the Pursue group.</summary>
public sealed class EditModel(ActionPlanService plan, ReferenceDataQueries reference) : PageModel
{
    /// <summary>The action being changed; none when adding (<c>/actions/new</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "group")]
    public string? GroupCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Meeting { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? ObjectiveId { get; set; }

    [BindProperty]
    public List<string> FourPCodes { get; set; } = [];

    [BindProperty]
    public string? OwnerOrganisationId { get; set; }

    [BindProperty]
    public string? OwnerName { get; set; }

    [BindProperty]
    public string? DueOnDay { get; set; }

    [BindProperty]
    public string? DueOnMonth { get; set; }

    [BindProperty]
    public string? DueOnYear { get; set; }

    public PlanAction? Existing { get; private set; }

    public PartnershipGroup Group => Existing?.Group ?? GroupRoute.Parse(GroupCode);

    public IReadOnlyList<Choice> Objectives { get; private set; } = [];

    public IReadOnlyList<Choice> Strands { get; private set; } = [];

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var user = User.Scope();
        if (!await OutOfScopeIsNotFound.LoadAsync(context, async () =>
            {
                Existing = Id is { } id ? (await plan.GetAsync(id, user, HttpContext.RequestAborted)).Action : null;
                await plan.EnsureCanRunAsync(Group, user, HttpContext.RequestAborted);
            }))
        {
            return;
        }

        Objectives = [.. (await reference.GetObjectivesAsync(HttpContext.RequestAborted)).Select(o => new Choice(o.Id.ToString(), $"{o.Number}. {o.Title}"))];
        Strands = [.. (await reference.GetFourPAsync(HttpContext.RequestAborted)).Select(p => new Choice(p.Code, p.Name, p.Description))];
        Organisations = [.. (await reference.GetOrganisationsAsync(HttpContext.RequestAborted)).Select(o => new Choice(o.Id.ToString(), o.Name))];
        await next();
    }

    public void OnGet()
    {
        if (Existing is not { } a)
        {
            return;
        }

        (Title, Description, ObjectiveId, FourPCodes, OwnerOrganisationId, OwnerName) =
            (a.Title, a.Description, a.ObjectiveId.ToString(), a.FourPCodes, a.OwnerOrganisationId.ToString(), a.OwnerName);
        (DueOnDay, DueOnMonth, DueOnYear) = (a.DueOn.Day.ToString(CultureInfo.InvariantCulture), a.DueOn.Month.ToString(CultureInfo.InvariantCulture), a.DueOn.Year.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var edit = new ActionEdit(Title, Description, Guid.TryParse(ObjectiveId, out var objective) ? objective : null, FourPCodes,
            Guid.TryParse(OwnerOrganisationId, out var owner) ? owner : null, OwnerName, DateInput.Parse(DueOnDay, DueOnMonth, DueOnYear), Meeting);
        var saved = Existing is null
            ? await plan.AddAsync(Group, edit, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted)
            : await plan.ChangeAsync(Existing.Id, edit, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = $"Action {saved.Number} saved";
        return Redirect(Meeting is { } meeting ? $"/meetings/{meeting}" : $"/actions/{saved.Id}");
    }
}

public sealed class EditModelValidator : AbstractValidator<EditModel>
{
    public EditModelValidator()
    {
        RuleFor(m => m).Must(m => DateInput.Parse(m.DueOnDay, m.DueOnMonth, m.DueOnYear) is not null || DateInput.IsBlank(m.DueOnDay, m.DueOnMonth, m.DueOnYear))
            .OverridePropertyName("DueOn").WithMessage("The due date must be a real date");
    }
}
