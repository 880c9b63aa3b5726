using Harbour.Core.Accounts;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.ApiClients;

public sealed class IndexModel(ApiClientService clients, TimeProvider time) : PageModel
{
    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    public DateTime Now { get; } = time.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync() => Clients = await clients.ListAsync();

    public async Task<IActionResult> OnPostRevokeAsync(Guid clientId)
    {
        await clients.RevokeAsync(clientId, HttpContext.Actor());
        TempData["Success"] = "The API client has been revoked. Its token no longer works";
        return Redirect("/admin/api-clients");
    }
}
