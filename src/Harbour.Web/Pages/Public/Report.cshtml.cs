using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public;

public sealed class ReportModel(ReferenceDataQueries queries) : PageModel
{
    public IReadOnlyList<SupportContact> Contacts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Contacts = (await queries.GetSupportContactsAsync(cancellationToken))
            .Where(c => c.Kind != SupportContactKind.SupportService)
            .ToList();
}
