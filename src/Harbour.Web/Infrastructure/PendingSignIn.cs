using System.Security.Claims;
using Harbour.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// Between a correct password and a correct authenticator code, the user holds only Identity's short-lived
/// two-factor cookie: enough to reach the code or set-up page, nothing else.
/// </summary>
public static class PendingSignIn
{
    public const string CodePath = "/account/sign-in/code";
    public const string SetUpPath = "/account/two-factor/set-up";

    /// <summary>Same shape as Identity's own two-factor cookie, so SignInManager's two-factor methods read it.</summary>
    public static Task StartAsync(HttpContext context, HarbourUser user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString()));
        return context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Users who have not set up two-factor sign-in must do so before anything else.</summary>
    public static string NextStep(HarbourUser user) => user.TwoFactorEnabled ? CodePath : SetUpPath;

    /// <summary>Only local addresses, so a crafted link cannot send someone to another site after signing in.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/account";
}
