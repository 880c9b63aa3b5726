using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Account;

/// <summary>Where a signed-in user lands: who they are signed in as, and what they can do.</summary>
public sealed class IndexModel(UserService users) : PageModel
{
    public UserSummary Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var me = await users.GetUserAsync(User.UserId()!.Value, HttpContext.Actor());
        if (me is null)
        {
            return NotFound();
        }

        Me = me;
        return Page();
    }
}
