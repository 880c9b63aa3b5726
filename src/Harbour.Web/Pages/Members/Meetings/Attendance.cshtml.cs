using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Members.Meetings;

public sealed class AttendanceModel(MeetingService meetings) : MeetingPageModel(meetings)
{
    [BindProperty]
    public string? Present { get; set; }

    [BindProperty]
    public string? Apologies { get; set; }

    public void OnGet()
    {
        Present = Lines(Attendance.Present);
        Apologies = Lines(Attendance.Apologies);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Meetings.RecordAttendanceAsync(Id, Present, Apologies, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Done("Attendance recorded");
    }

    private string Lines(Attendance attendance) =>
        string.Join('\n', Meeting.Attendees.Where(a => a.Attendance == attendance).Select(a => $"{a.Name}, {a.Organisation}"));
}
