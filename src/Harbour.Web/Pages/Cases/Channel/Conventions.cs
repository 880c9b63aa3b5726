using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Cases.Channel;

/// <summary>Prevent and Channel pages: Prevent leads and Channel panel members only (on top of the case-work rule for /Cases).</summary>
public static class Conventions
{
    public static PageConventionCollection AddChannelConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Cases/Channel", HarbourPolicies.Prevent);
        return conventions;
    }
}
