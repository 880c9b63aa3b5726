using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>One member: its representatives and its annual review.</summary>
public sealed class MemberModel(MembershipService membership) : PageModel
{
    public static IReadOnlyList<Choice> ReviewAnswers { get; } = [new("true", "Yes, it stays a member"), new("false", "No, it leaves the partnership")];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? JobTitle { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Continues { get; set; }

    public MemberSummary Summary { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (await OutOfScopeIsNotFound.LoadAsync(context, async () => Summary = await membership.GetAsync(Id, HttpContext.RequestAborted)))
        {
            await next();
        }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostRepresentativeAsync()
    {
        await membership.AddRepresentativeAsync(Id, new RepresentativeEdit(Name, JobTitle, Email, Phone), User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Done($"{Name} added");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int index)
    {
        await membership.RemoveRepresentativeAsync(Id, index, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Done("Representative removed");
    }

    public async Task<IActionResult> OnPostReviewAsync()
    {
        await membership.RecordReviewAsync(Id, bool.TryParse(Continues, out var continues) ? continues : null, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Done("Annual review recorded");
    }

    private RedirectResult Done(string message)
    {
        TempData["Success"] = message;
        return Redirect($"/partnership/members/{Id}");
    }
}
