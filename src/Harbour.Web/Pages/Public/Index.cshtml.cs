using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public;

public sealed class IndexModel(ReferenceDataQueries queries) : PageModel
{
    public Partnership? Partnership { get; private set; }

    public IReadOnlyList<SupportContact> SupportServices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Partnership = await queries.GetPartnershipAsync(cancellationToken);
        SupportServices = (await queries.GetSupportContactsAsync(cancellationToken))
            .Where(c => c.Kind == SupportContactKind.SupportService)
            .ToList();
    }
}
