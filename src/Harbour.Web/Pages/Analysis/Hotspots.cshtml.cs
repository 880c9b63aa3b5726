using Harbour.Core.Linking;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Analysis;

public sealed class HotspotsModel(NetworkService networks, ReferenceDataQueries referenceData) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Area { get; set; }

    public Hotspots Hotspots { get; private set; } = null!;

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Areas = await referenceData.GetAreasAsync(HttpContext.RequestAborted);
        Hotspots = await networks.HotspotsAsync(User.Scope(), HttpContext.Actor(), Area, HttpContext.RequestAborted);
    }
}
