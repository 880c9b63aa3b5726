using FluentValidation;
using Harbour.Core.Linking;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Analysis.Matches;

/// <summary>One possible match: both people as each agency recorded them, why the engine scored them so, and the decision.</summary>
public sealed class MatchModel(LinkingService linking) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>"same" or "different".</summary>
    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public MatchReview Review { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (await OutOfScopeIsNotFound.LoadAsync(context, async () => Review = await linking.GetMatchAsync(Id, User.Scope(), HttpContext.Actor(), HttpMethods.IsGet(Request.Method), HttpContext.RequestAborted)))
        {
            await next();
        }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await linking.DecideAsync(Id, Decision == "same", Reason, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = Decision == "same" ? "Recorded as the same person: their records are now linked" : "Recorded as different people: they will not be linked";
        return Redirect("/analysis/matches");
    }

    public async Task<IActionResult> OnPostUndoAsync()
    {
        await linking.UndoDecisionAsync(Id, Reason, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = "Decision taken back";
        return Redirect($"/analysis/matches/{Id}");
    }
}

public sealed class MatchModelValidator : AbstractValidator<MatchModel>
{
    public MatchModelValidator()
    {
        RuleFor(m => m.Decision).Must(v => v is "same" or "different").WithMessage("Select whether these are the same person");
        RuleFor(m => m.Reason).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter why you decided this");
        RuleFor(m => m.Reason).SafeText("Reason", 5_000);
    }
}
