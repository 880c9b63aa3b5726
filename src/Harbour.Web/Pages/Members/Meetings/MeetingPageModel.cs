using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Members.Meetings;

/// <summary>A page about one meeting: read (and access checked: 404 for the Pursue group's outside it, 403 for the partnership's) before any handler runs.</summary>
public abstract class MeetingPageModel(MeetingService meetings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public IReadOnlyList<PlanAction> ActionsAgreed { get; private set; } = [];

    protected MeetingService Meetings => meetings;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await OutOfScopeIsNotFound.LoadAsync(context, async () => (Meeting, ActionsAgreed) = await meetings.GetAsync(Id, User.Scope(), HttpContext.RequestAborted)))
        {
            await next();
        }
    }

    protected RedirectResult Done(string message)
    {
        TempData["Success"] = message;
        return Redirect($"/meetings/{Id}");
    }
}
