using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public;

public sealed class IndexModel(ReferenceDataQueries queries) : PageModel
{
    public Partnership? Partnership { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Partnership = await queries.GetPartnershipAsync(cancellationToken);
}
