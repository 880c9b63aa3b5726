using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Setup;

public static class Conventions
{
    /// <summary>Open, but answers 404 unless the setup token is valid and Harbour has no users yet.</summary>
    public static PageConventionCollection AddSetupConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AllowAnonymousToFolder("/Setup");
        return conventions;
    }
}
