using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Intelligence.Submit;

/// <summary>
/// A question page of the submit-intelligence journey: loads the user's own draft (404 for anyone else's),
/// shows the saved answer, saves the new one through the service (which judges it) and goes on to the next
/// question, or back to check answers when changing an answer.
/// </summary>
public abstract class IntelligenceQuestionModel(IntelligenceService intelligence) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>"check" when the question was opened from the check-answers page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnTo { get; set; }

    public IntelligenceReport Draft { get; private set; } = null!;

    protected IntelligenceService Intelligence => intelligence;

    public string CheckAnswersUrl => $"/intelligence/submit/{Id}/check-answers";

    public abstract string PreviousUrl { get; }

    public string BackUrl => ReturnTo == "check" ? CheckAnswersUrl : PreviousUrl;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await OutOfScopeIsNotFound.LoadAsync(context, async () => Draft = await intelligence.GetDraftAsync(Id, User.Scope(), HttpContext.RequestAborted)))
        {
            if (HttpMethods.IsGet(Request.Method))
            {
                Load(Draft);
            }

            await next();
        }
    }

    /// <summary>Copies the saved answers into the page's fields.</summary>
    protected abstract void Load(IntelligenceReport draft);

    /// <summary>Where to go after saving: the next question, or check answers when changing an answer.</summary>
    protected IActionResult Continue(string next) => Redirect(ReturnTo == "check" ? CheckAnswersUrl : $"/intelligence/submit/{Id}/{next}");
}
