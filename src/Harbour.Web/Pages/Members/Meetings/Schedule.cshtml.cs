using FluentValidation;
using Harbour.Core.Governance;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Members.Meetings;

/// <summary>Schedule a meeting; Harbour proposes its agenda from the objectives and the actions due an update.</summary>
public sealed class ScheduleModel(MeetingService meetings, ReferenceDataQueries reference) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "group")]
    public string? GroupCode { get; set; }

    [BindProperty]
    public string? HeldOnDay { get; set; }

    [BindProperty]
    public string? HeldOnMonth { get; set; }

    [BindProperty]
    public string? HeldOnYear { get; set; }

    [BindProperty]
    public string? Location { get; set; }

    [BindProperty]
    public string? Chair { get; set; }

    public PartnershipGroup Group => GroupRoute.Parse(GroupCode);

    public async Task OnGetAsync()
    {
        // The list page checks who may run the group; here the service does on post, and the form shows nothing private.
        await meetings.ListAsync(Group, User.Scope(), HttpContext.RequestAborted);
        if (Group == PartnershipGroup.Partnership)
        {
            Chair = (await reference.GetPartnershipAsync(HttpContext.RequestAborted))?.ChairedBy;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var meeting = await meetings.ScheduleAsync(Group, new MeetingEdit(DateInput.Parse(HeldOnDay, HeldOnMonth, HeldOnYear), Location, Chair),
            User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = $"Meeting on {meeting.HeldOn:d MMMM yyyy} scheduled, with a proposed agenda";
        return Redirect($"/meetings/{meeting.Id}");
    }
}

public sealed class ScheduleModelValidator : AbstractValidator<ScheduleModel>
{
    public ScheduleModelValidator()
    {
        RuleFor(m => m).Must(m => DateInput.Parse(m.HeldOnDay, m.HeldOnMonth, m.HeldOnYear) is not null || DateInput.IsBlank(m.HeldOnDay, m.HeldOnMonth, m.HeldOnYear))
            .OverridePropertyName("HeldOn").WithMessage("The date of the meeting must be a real date");
    }
}
