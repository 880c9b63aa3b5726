using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Admin;

public static class Conventions
{
    /// <summary>Users, organisations, API clients, the outbox and the audit trail: administrators only.</summary>
    public static PageConventionCollection AddAdministrationConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Admin", HarbourPolicies.Administration);
        conventions.AddPageRoute("/Admin/Organisations/Edit", "admin/organisations/add");
        return conventions;
    }
}
