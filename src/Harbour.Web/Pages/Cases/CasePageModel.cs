using Harbour.Core.Cases;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Cases;

/// <summary>
/// A page about one case. The case is read (need to know checked, read audited) before any handler runs, so
/// a case outside the user's scope is a 404 for every handler alike; <see cref="LoadAsync"/> adds the page's own data.
/// </summary>
public abstract class CasePageModel(CaseService cases) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = "";

    public Case Case { get; private set; } = null!;

    protected CaseService Cases => cases;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var @case = await cases.GetAsync(Reference, User.Scope(), HttpContext.Actor());
        if (@case is null)
        {
            context.Result = NotFound();
            return;
        }

        Case = @case;
        await LoadAsync();
        await next();
    }

    protected virtual Task LoadAsync() => Task.CompletedTask;

    protected RedirectResult Done(string message, string path = "")
    {
        TempData["Success"] = message;
        return Redirect($"/cases/{Reference}{path}");
    }
}
