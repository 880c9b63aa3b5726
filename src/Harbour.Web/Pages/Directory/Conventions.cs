using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Directory;

public static class Conventions
{
    /// <summary>Keeping the support directory right is the partnership coordinators' job.</summary>
    public static PageConventionCollection AddDirectoryConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Directory", HarbourPolicies.Partnership);
        return conventions;
    }
}
