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
        if (Decision is not ("same" or "different"))
        {
            ModelState.AddModelError(nameof(Decision), "Select whether these are the same person");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why you decided this");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

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
