using Harbour.Core.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>The coordinators' list of the resource library, documents due for review first.</summary>
public sealed class ResourcesModel(ResourceService resources, TimeProvider time) : PageModel
{
    public IReadOnlyList<LibraryResource> Resources { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Resources = (await resources.ListAsync(includeProfessional: true, HttpContext.RequestAborted))
            .OrderByDescending(r => ResourceService.IsReviewDue(r, Today)).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
