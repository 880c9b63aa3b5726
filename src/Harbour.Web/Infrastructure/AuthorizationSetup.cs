using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Harbour.Web.Infrastructure;

/// <summary>The named policies each area of Harbour is attached to (by folder, in each area's Conventions).</summary>
public static class HarbourPolicies
{
    public const string Administration = "Administration";
    public const string Partnership = "Partnership";
    public const string Intelligence = "Intelligence";

    /// <summary>Writing intelligence for the Pursue group: police analysts, safeguarding leads and Prevent leads.</summary>
    public const string IntelligenceSubmission = "IntelligenceSubmission";
    public const string Prevent = "Prevent";
    public const string Safeguarding = "Safeguarding";
    public const string Triage = "Triage";
    public const string CaseWork = "CaseWork";
    public const string Statistics = "Statistics";

    /// <summary>Any signed-in person (not a partner system): the partnership's members directory, strategy, actions and meetings.</summary>
    public const string Members = "Members";

    /// <summary>A partner system holding a scope; see <see cref="ApiScopes"/>.</summary>
    public static string ApiScope(string scope) => "ApiScope:" + scope;
}

public static class AuthorizationSetup
{
    public static IServiceCollection AddHarbourAuthorization(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder()
            // Closed by default: a person must have completed two-factor sign-in; a partner system must hold a valid token.
            .SetFallbackPolicy(SignedIn().Build())
            .AddPolicy(HarbourPolicies.Administration, policy => SignedIn(policy).RequireRole(HarbourRoles.Administrator))
            .AddPolicy(HarbourPolicies.Partnership, policy => SignedIn(policy).RequireRole(HarbourRoles.PartnershipCoordinator))
            .AddPolicy(HarbourPolicies.Intelligence, policy => SignedIn(policy).RequireRole(HarbourRoles.PoliceAnalyst))
            .AddPolicy(HarbourPolicies.Prevent, policy => SignedIn(policy).RequireRole(HarbourRoles.PreventLead, HarbourRoles.ChannelPanelMember))
            .AddPolicy(HarbourPolicies.Safeguarding, policy => SignedIn(policy).RequireRole(HarbourRoles.CaseWork.Append(HarbourRoles.Referrer)));
        builder.AddPolicy(HarbourPolicies.Members, policy => policy.RequireAuthenticatedUser().RequireClaim(HarbourClaims.AuthenticationMethod, "mfa"));
        builder.AddPolicy(HarbourPolicies.IntelligenceSubmission, policy => SignedIn(policy).RequireRole(Harbour.Core.Intelligence.IntelligenceService.SubmitterRoles));
        builder.AddPolicy(HarbourPolicies.CaseWork, policy => SignedIn(policy).RequireRole(HarbourRoles.CaseWork));
        builder.AddPolicy(HarbourPolicies.Statistics, policy => SignedIn(policy).RequireRole(
            HarbourRoles.PartnershipCoordinator, HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder, HarbourRoles.PreventLead));
        builder.AddPolicy(HarbourPolicies.Triage, policy => SignedIn(policy).RequireRole(HarbourRoles.SafeguardingLead, HarbourRoles.PreventLead));
        foreach (var scope in ApiScopes.All.Keys)
        {
            builder.AddPolicy(HarbourPolicies.ApiScope(scope), policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(HarbourClaims.ApiClientId)
                .RequireClaim(HarbourClaims.ScopeClaim, scope));
        }

        services.AddScoped<IAuthorizationHandler, RecordAccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, UnknownAddressesAreNotFound>();
        return services;
    }

    private static AuthorizationPolicyBuilder SignedIn(AuthorizationPolicyBuilder? policy = null) =>
        (policy ?? new AuthorizationPolicyBuilder())
            .RequireAuthenticatedUser()
            .RequireAssertion(context =>
                context.User.HasClaim(HarbourClaims.AuthenticationMethod, "mfa") || context.User.HasClaim(c => c.Type == HarbourClaims.ApiClientId));

    /// <summary>
    /// The fallback policy also covers addresses that match nothing; those should answer "Page not found", not
    /// "sign in", so someone who mistypes a public address is not sent to a sign-in page.
    /// </summary>
    private sealed class UnknownAddressesAreNotFound : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler standard = new();

        public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
            context.GetEndpoint() is null
                ? next(context)
                : standard.HandleAsync(next, context, policy, authorizeResult);
    }
}

/// <summary>Asks whether the signed-in user may open one record.</summary>
public sealed class RecordAccessRequirement : IAuthorizationRequirement
{
    public static RecordAccessRequirement Instance { get; } = new();
}

/// <summary>
/// Need-to-know for one record: the rule of <see cref="RecordAccess"/>, or a current break-glass grant for it.
/// </summary>
public sealed class RecordAccessHandler(NeedToKnow needToKnow) : AuthorizationHandler<RecordAccessRequirement, IScopedRecord>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RecordAccessRequirement requirement, IScopedRecord resource)
    {
        if (await needToKnow.CanOpenAsync(context.User.Scope(), resource))
        {
            context.Succeed(requirement);
        }
    }
}

public static class RecordAuthorization
{
    /// <summary>
    /// True if the user may open the record. Pages answer 404 when it is false, so a record outside someone's
    /// scope is indistinguishable from one that does not exist.
    /// </summary>
    public static async Task<bool> CanOpenAsync(this IAuthorizationService authorization, System.Security.Claims.ClaimsPrincipal user, IScopedRecord record)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return (await authorization.AuthorizeAsync(user, record, RecordAccessRequirement.Instance)).Succeeded;
    }
}
