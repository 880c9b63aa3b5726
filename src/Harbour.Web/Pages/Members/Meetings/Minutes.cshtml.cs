using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Members.Meetings;

public sealed class MinutesModel(MeetingService meetings) : MeetingPageModel(meetings)
{
    [BindProperty]
    public string? Minutes { get; set; }

    [BindProperty]
    public string? Decisions { get; set; }

    public void OnGet() => (Minutes, Decisions) = (Meeting.Minutes, string.Join('\n', Meeting.Decisions));

    public async Task<IActionResult> OnPostAsync()
    {
        await Meetings.RecordMinutesAsync(Id, Minutes, Decisions, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Done("Minutes recorded");
    }
}
