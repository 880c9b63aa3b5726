using Harbour.Core.Organisations;
using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.Organisations;

public sealed class IndexModel(OrganisationService organisations) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await organisations.ListAsync();
}
