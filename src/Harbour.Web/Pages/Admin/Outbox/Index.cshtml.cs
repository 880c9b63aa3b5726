using Harbour.Core.Notifications;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.Outbox;

public sealed class IndexModel(LocalOutbox outbox, IServiceProvider services) : PageModel
{
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public bool UsesGovukNotify { get; } = services.UsesGovukNotify();

    public async Task OnGetAsync() => Messages = await outbox.ListAsync();
}
