using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Harbour.Web.Pages.Account;

public static class Conventions
{
    /// <summary>
    /// Signing in happens before there is a session, so these pages are open; each checks the half-finished
    /// sign-in itself (the two-factor cookie set once the password is right). "Your account" needs a session.
    /// </summary>
    public static PageConventionCollection AddAccountConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AllowAnonymousToFolder("/Account/SignIn");
        conventions.AllowAnonymousToFolder("/Account/TwoFactor");
        conventions.AllowAnonymousToPage("/Account/Invitation");
        conventions.AllowAnonymousToPage("/Account/SignOut");
        return conventions;
    }
}
