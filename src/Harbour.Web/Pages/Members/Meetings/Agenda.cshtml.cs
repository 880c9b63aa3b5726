using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Members.Meetings;

public sealed class AgendaModel(MeetingService meetings) : MeetingPageModel(meetings)
{
    [BindProperty]
    public string? Agenda { get; set; }

    public void OnGet() => Agenda = string.Join('\n', Meeting.Agenda);

    public async Task<IActionResult> OnPostAsync()
    {
        await Meetings.SaveAgendaAsync(Id, Agenda, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Done("Agenda saved");
    }
}
