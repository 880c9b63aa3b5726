using Harbour.Core.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.Outbox;

public sealed class MessageModel(LocalOutbox outbox) : PageModel
{
    public OutboxMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var message = await outbox.FindAsync(id);
        if (message is null)
        {
            return NotFound();
        }

        Message = message;
        return Page();
    }
}
