using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Governance;

public static class Conventions
{
    /// <summary>Running the partnership — its figures and reports — is for partnership coordinators.</summary>
    public static PageConventionCollection AddGovernanceConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Governance", HarbourPolicies.Partnership);
        return conventions;
    }
}
