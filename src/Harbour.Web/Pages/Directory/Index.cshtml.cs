using Harbour.Core.SupportDirectory;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Directory;

/// <summary>The coordinators' view of the support directory: every service, those due a check first.</summary>
public sealed class IndexModel(DirectoryCache cache, TimeProvider time) : PageModel
{
    public DirectoryCatalogue Catalogue { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<CatalogueService> Services { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Catalogue = await cache.GetAsync(HttpContext.RequestAborted);
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Services = Catalogue.Services
            .OrderByDescending(s => SupportDirectoryService.IsCheckDue(s.Service.LastCheckedOn, Today))
            .ThenBy(s => s.Service.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
