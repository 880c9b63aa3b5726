using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public;

public sealed class SpotTheSignsModel(ReferenceDataQueries queries) : PageModel
{
    public IReadOnlyList<ExploitationType> MainTypes { get; private set; } = [];

    public IReadOnlyList<ExploitationType> OtherTypes { get; private set; } = [];

    public IReadOnlyList<IndicatorGroup> IndicatorGroups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var types = await queries.GetExploitationTypesAsync(cancellationToken);
        MainTypes = types.Where(t => t.Category == ExploitationCategory.Main).ToList();
        OtherTypes = types.Where(t => t.Category == ExploitationCategory.Other).ToList();
        IndicatorGroups = await queries.GetIndicatorGroupsAsync(cancellationToken);
    }
}
