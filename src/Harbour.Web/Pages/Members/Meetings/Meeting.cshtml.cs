using Harbour.Core;
using Harbour.Core.Concerns;
using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Members.Meetings;

/// <summary>One meeting: agenda, attendance, minutes and decisions, papers, and the actions it agreed.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.MaximumSize + (1024 * 1024))]
[RequestSizeLimit(AttachmentStore.MaximumSize + (1024 * 1024))]
public sealed class MeetingModel(MeetingService meetings) : MeetingPageModel(meetings)
{
    [BindProperty(Name = "Attachment")]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPaperAsync()
    {
        if (Upload is not { Length: > 0 } file)
        {
            throw new ValidationFailedException("Attachment", "Select a paper to add");
        }

        var paper = await Meetings.AddPaperAsync(Id, new Upload(file.FileName, file.Length, file.OpenReadStream), User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Done($"{paper.FileName} added to the papers");
    }

    public async Task<IActionResult> OnGetPaperAsync(Guid paperId)
    {
        var (paper, content) = await Meetings.OpenPaperAsync(Id, paperId, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return File(content, paper.ContentType, paper.FileName);
    }
}
