using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Members;

public static class Conventions
{
    /// <summary>
    /// The partnership's business as its members see it: the directory, strategy and terms of reference for any
    /// signed-in person; actions and meetings check in the services who may see each one (the owning
    /// organisation, coordinators, or the Pursue group's members).
    /// </summary>
    public static PageConventionCollection AddMembersConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Members", HarbourPolicies.Members);
        conventions.AddPageRoute("/Members/Actions/Edit", "actions/new");
        return conventions;
    }
}
