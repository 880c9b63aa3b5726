using System.Security.Claims;
using Harbour.Core.Access;
using Harbour.Core.Auditing;

namespace Harbour.Web.Infrastructure;

public static class HarbourClaims
{
    public const string OrganisationId = "harbour:organisation";
    public const string DisplayName = "harbour:name";
    public const string ApiClientId = "harbour:api-client";
    public const string ScopeClaim = "scope";

    /// <summary>Authentication method reference: present as "mfa" once the authenticator code has been given.</summary>
    public const string AuthenticationMethod = "amr";

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? OrganisationIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(OrganisationId), out var id) ? id : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static UserScope Scope(this ClaimsPrincipal user) =>
        new(user.UserId() ?? Guid.Empty, user.OrganisationIdOf() ?? Guid.Empty,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));

    /// <summary>Who is acting, for the audit trail: the signed-in user (or partner system) and their address.</summary>
    public static AuditActor Actor(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AuditActor(context.User.UserId(), context.User.OrganisationIdOf(), context.Connection.RemoteIpAddress?.ToString());
    }
}
