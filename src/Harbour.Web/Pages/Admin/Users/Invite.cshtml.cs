using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.Users;

/// <summary>Adds a user and emails them a one-time link to set their password and two-factor sign-in.</summary>
public sealed class InviteModel(UserService users, InvitationMailer mailer, ReferenceDataQueries referenceData) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public static IReadOnlyList<Choice> RoleChoices { get; } =
    [
        new(HarbourRoles.Referrer, HarbourRoles.Referrer, "Raises concerns and sees the ones they raised"),
        new(HarbourRoles.SafeguardingLead, HarbourRoles.SafeguardingLead, "Triages concerns, manages and shares cases for their organisation"),
        new(HarbourRoles.FirstResponder, HarbourRoles.FirstResponder, "Makes NRM referrals and Duty to Notify reports. First Responder Organisations only"),
        new(HarbourRoles.PreventLead, HarbourRoles.PreventLead, "Prevent concerns: gateway assessment and Channel"),
        new(HarbourRoles.ChannelPanelMember, HarbourRoles.ChannelPanelMember, "Prevent concerns brought to the Channel panel"),
        new(HarbourRoles.PoliceAnalyst, HarbourRoles.PoliceAnalyst, "Linked records, networks and intelligence for the Pursue group"),
        new(HarbourRoles.PartnershipCoordinator, HarbourRoles.PartnershipCoordinator, "Strategy, action plan, meetings and statistics"),
        new(HarbourRoles.Administrator, HarbourRoles.Administrator, "Users, organisations and the audit trail"),
    ];

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Organisations = (await referenceData.GetOrganisationsAsync())
            .Select(o => new Choice(o.Code, o.IsFirstResponderOrganisation ? $"{o.Name} (First Responder Organisation)" : o.Name)).ToList();
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var invited = await users.AddUserAsync(new NewUser(Email!, DisplayName!, Organisation!, Roles), HttpContext.Actor());
        var organisation = Organisations.First(o => o.Value == Organisation).Text;
        await mailer.SendAsync(invited, organisation);
        TempData["Success"] = $"{invited.User.DisplayName} has been invited. Their invitation has been sent to {invited.User.Email}";
        return Redirect($"/admin/users/{invited.User.Id}");
    }
}

public sealed class InviteModelValidator : AbstractValidator<InviteModel>
{
    public InviteModelValidator()
    {
        RuleFor(m => m.DisplayName).NotEmpty().WithMessage("Enter the user's full name");
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter the user's email address");
        RuleFor(m => m.Organisation).NotEmpty().WithMessage("Select the user's organisation");
        RuleFor(m => m.Roles).NotEmpty().WithMessage("Select at least one role");
    }
}
