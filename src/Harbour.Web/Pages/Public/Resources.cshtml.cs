using Harbour.Core.Resources;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public;

/// <summary>The resource library: public documents for everyone, and the professional ones too for signed-in staff.</summary>
public sealed class ResourcesModel(ResourceService resources) : PageModel
{
    public IReadOnlyList<LibraryResource> Resources { get; private set; } = [];

    public bool SignedIn => User.HasClaim(HarbourClaims.AuthenticationMethod, "mfa");

    public async Task OnGetAsync() => Resources = await resources.ListAsync(SignedIn, HttpContext.RequestAborted);

    /// <summary>A stored document; a professional one asks an anonymous visitor to sign in.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id)
    {
        if (await resources.OpenAsync(id, SignedIn, HttpContext.RequestAborted) is { } file)
        {
            return File(file.Content, file.Resource.ContentType!, file.Resource.FileName);
        }

        return !SignedIn && await resources.GetAsync(id, HttpContext.RequestAborted) is { StorageName: not null }
            ? Challenge(new AuthenticationProperties { RedirectUri = $"/resources/{id}/file" })
            : NotFound();
    }
}
