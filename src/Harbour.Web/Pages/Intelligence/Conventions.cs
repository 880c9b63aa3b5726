using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Intelligence;

public static class Conventions
{
    /// <summary>
    /// Writing intelligence is for police analysts and safeguarding and Prevent leads; the Pursue group's reports
    /// are for police analysts (others: 403), and within that for the group's members (the service answers 404).
    /// </summary>
    public static PageConventionCollection AddIntelligenceConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizePage("/Intelligence/Index", HarbourPolicies.IntelligenceSubmission);
        conventions.AuthorizeFolder("/Intelligence/Submit", HarbourPolicies.IntelligenceSubmission);
        conventions.AuthorizeFolder("/Intelligence/Reports", HarbourPolicies.Intelligence);
        return conventions;
    }
}
