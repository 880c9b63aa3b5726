using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public;

public sealed class RadicalisationModel(ReferenceDataQueries queries) : PageModel
{
    public IReadOnlyList<RadicalisationSign> Signs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Signs = await queries.GetRadicalisationSignsAsync(cancellationToken);
}
