using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Public;

public static class Conventions
{
    /// <summary>The public pages of DESIGN.md and the error pages: the only pages open without signing in.</summary>
    public static PageConventionCollection AddPublicConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AllowAnonymousToFolder("/Public");
        conventions.AllowAnonymousToFolder("/Errors");
        return conventions;
    }
}
