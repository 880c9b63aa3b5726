using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Cases;

public static class Conventions
{
    /// <summary>Case records are for the roles that work on cases; each service then checks need to know.</summary>
    public static PageConventionCollection AddCaseConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Cases", HarbourPolicies.CaseWork);
        return conventions;
    }
}
