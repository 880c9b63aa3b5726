using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Members.Meetings;

public sealed class IndexModel(MeetingService meetings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "group")]
    public string? GroupCode { get; set; }

    public PartnershipGroup Group => GroupRoute.Parse(GroupCode);

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public async Task OnGetAsync() => Meetings = await meetings.ListAsync(Group, User.Scope(), HttpContext.RequestAborted);
}
