using Harbour.Core.Accounts;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Admin.Users;

public sealed class IndexModel(UserService users, ReferenceDataQueries referenceData) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public static IReadOnlyList<Choice> Roles { get; } = HarbourRoles.All.Select(r => new Choice(r, r)).ToList();

    public async Task OnGetAsync()
    {
        Organisations = (await referenceData.GetOrganisationsAsync()).Select(o => new Choice(o.Code, o.Name)).ToList();
        Users = await users.ListUsersAsync(string.IsNullOrEmpty(Organisation) ? null : Organisation, string.IsNullOrEmpty(Role) ? null : Role);
    }
}
