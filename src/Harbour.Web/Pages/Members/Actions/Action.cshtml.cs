using FluentValidation;
using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Members.Actions;

/// <summary>One action: what it is, its update history, and this quarter's update from its owner or a coordinator.</summary>
public sealed class ActionModel(ActionPlanService plan) : PageModel
{
    public static IReadOnlyList<Choice> Rags { get; } =
        [new(nameof(Core.Governance.Rag.Green), "Green", "On track"), new(nameof(Core.Governance.Rag.Amber), "Amber", "At risk of being late or not achieving what was intended"), new(nameof(Core.Governance.Rag.Red), "Red", "Late or off track")];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Rag { get; set; }

    [BindProperty]
    public bool Completed { get; set; }

    public ActionSummary Summary { get; private set; } = null!;

    public bool CanRun { get; private set; }

    public Core.CalendarQuarter Quarter => plan.CurrentQuarter;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var user = User.Scope();
        if (await OutOfScopeIsNotFound.LoadAsync(context, async () => Summary = await plan.GetAsync(Id, user, HttpContext.RequestAborted)))
        {
            CanRun = await plan.CanRunAsync(Summary.Action.Group, user, HttpContext.RequestAborted);
            await next();
        }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await plan.RecordUpdateAsync(Id, new ActionUpdateEdit(Text, Enum.TryParse<Core.Governance.Rag>(Rag, out var rag) ? rag : null, Completed), User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = $"Update recorded for {Quarter.Name}";
        return Redirect($"/actions/{Id}");
    }
}

public sealed class ActionModelValidator : AbstractValidator<ActionModel>
{
    public ActionModelValidator()
    {
        RuleFor(m => m.Text).NotEmpty().WithMessage("Enter what has happened this quarter");
        RuleFor(m => m.Rag).NotEmpty().WithMessage("Select the action's RAG status");
    }
}
