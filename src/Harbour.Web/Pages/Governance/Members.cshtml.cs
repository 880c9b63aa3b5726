using FluentValidation;
using Harbour.Core.Governance;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>Member organisations, their annual reviews, and adding a new member.</summary>
public sealed class MembersModel(MembershipService membership, ReferenceDataQueries reference) : PageModel
{
    [BindProperty]
    public string? OrganisationId { get; set; }

    [BindProperty]
    public string? JoinedOnDay { get; set; }

    [BindProperty]
    public string? JoinedOnMonth { get; set; }

    [BindProperty]
    public string? JoinedOnYear { get; set; }

    public IReadOnlyList<MemberSummary> Members { get; private set; } = [];

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var member = await membership.AddAsync(Guid.TryParse(OrganisationId, out var id) ? id : null, DateInput.Parse(JoinedOnDay, JoinedOnMonth, JoinedOnYear),
            User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = "Member added: now add its representatives";
        return Redirect($"/partnership/members/{member.Id}");
    }

    /// <summary>The list is read before any handler, so a form with errors shows it again.</summary>
    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await LoadAsync();
        await next();
    }

    private async Task LoadAsync()
    {
        Members = await membership.MembersAsync(cancellationToken: HttpContext.RequestAborted);
        var memberIds = Members.Select(m => m.Member.OrganisationId).ToHashSet();
        Organisations = [.. (await reference.GetOrganisationsAsync(HttpContext.RequestAborted)).Where(o => !memberIds.Contains(o.Id)).Select(o => new Choice(o.Id.ToString(), o.Name))];
    }
}

public sealed class MembersModelValidator : AbstractValidator<MembersModel>
{
    public MembersModelValidator()
    {
        RuleFor(m => m).Must(m => DateInput.Parse(m.JoinedOnDay, m.JoinedOnMonth, m.JoinedOnYear) is not null || DateInput.IsBlank(m.JoinedOnDay, m.JoinedOnMonth, m.JoinedOnYear))
            .OverridePropertyName("JoinedOn").WithMessage("The date it joined must be a real date");
    }
}
