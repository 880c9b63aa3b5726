using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Concerns.Raise;

/// <summary>The only way to get an attachment back: checked against need to know, audited, and never shown inline.</summary>
public sealed class AttachmentModel(ConcernService concerns) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId)
    {
        var opened = await concerns.OpenAttachmentAsync(id, attachmentId, User.Scope(), HttpContext.Actor());
        if (opened is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.Attachment.ContentType, file.Attachment.FileName);
    }
}
