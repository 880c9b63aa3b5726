using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Concerns;

public static class Conventions
{
    /// <summary>Raising and following concerns is for professionals; triage is for the leads who screen them.</summary>
    public static PageConventionCollection AddConcernConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Concerns", HarbourPolicies.Safeguarding);
        conventions.AuthorizeFolder("/Triage", HarbourPolicies.Triage);
        return conventions;
    }
}
