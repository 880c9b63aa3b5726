using Harbour.Core.Linking;
using Harbour.Core.Statistics;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Analysis;

public sealed class HotspotsModel(NetworkService networks, Harbour.Core.Data.HarbourDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Area { get; set; }

    public Hotspots Hotspots { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Areas = [.. (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Areas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Name }), HttpContext.RequestAborted)).Select(a => (a.Id, a.Name))];
        Hotspots = await networks.HotspotsAsync(User.Scope(), HttpContext.Actor(), Area, HttpContext.RequestAborted);
    }
}
