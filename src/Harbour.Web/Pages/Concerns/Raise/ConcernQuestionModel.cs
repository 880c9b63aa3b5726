using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Concerns.Raise;

/// <summary>
/// A question page of the raise-a-concern journey: loads the user's draft (404 for anyone else's), shows the
/// saved answer, saves the new one and goes back to the task list, or to check answers when changing.
/// </summary>
public abstract class ConcernQuestionModel(ConcernService concerns) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>"check" when the question was opened from the check-answers page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnTo { get; set; }

    public Concern Draft { get; private set; } = null!;

    protected ConcernService Concerns => concerns;

    public string TaskListUrl => $"/concerns/{Id}";

    public string BackUrl => ReturnTo == "check" ? $"/concerns/{Id}/check-answers" : TaskListUrl;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var draft = await concerns.GetDraftAsync(Id, User.Scope(), HttpContext.Actor());
        if (draft is null)
        {
            context.Result = NotFound();
            return;
        }

        Draft = draft;
        if (HttpMethods.IsGet(Request.Method))
        {
            Load(draft);
        }

        await LoadChoicesAsync();
        await next();
    }

    /// <summary>Copies the saved answers into the page's fields.</summary>
    protected abstract void Load(Concern draft);

    protected virtual Task LoadChoicesAsync() => Task.CompletedTask;

    protected async Task<IActionResult> SaveAsync(string section, Action<Concern> change, string? next = null)
    {
        await concerns.UpdateDraftAsync(Id, User.Scope(), HttpContext.Actor(), section, change);
        return Redirect(next ?? BackUrl);
    }

    protected static string? Clean(string? value) => ConcernRules.Clean(value);
}
