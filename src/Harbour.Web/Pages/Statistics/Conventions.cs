using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Statistics;

public static class Conventions
{
    /// <summary>Figures are for coordinators (the whole partnership) and for leads and first responders (their own organisation).</summary>
    public static PageConventionCollection AddStatisticsConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Statistics", HarbourPolicies.Statistics);
        return conventions;
    }
}
