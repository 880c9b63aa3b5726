using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Harbour.Web.Infrastructure;

public static class AuthenticationSetup
{
    public const string SignInPath = "/account/sign-in";

    /// <summary>
    /// Closed by default: a fallback policy demands a signed-in user on every page and endpoint, and only the
    /// public pages, error pages, health, OpenAPI and reference data opt out with [AllowAnonymous]. People are
    /// sent to sign in; systems calling /api get 401 and 403 rather than a redirect.
    /// </summary>
    public static IServiceCollection AddHarbourAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "harbour_session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                options.SlidingExpiration = true;
                options.LoginPath = SignInPath;
                options.AccessDeniedPath = "/error/403";
                options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, UnknownAddressesAreNotFound>();
        return services;
    }

    /// <summary>
    /// The fallback policy also covers addresses that match nothing; those should answer "Page not found", not
    /// "sign in", so someone who mistypes a public address is not sent to a sign-in page.
    /// </summary>
    private sealed class UnknownAddressesAreNotFound : IAuthorizationMiddlewareResultHandler
    {
        private readonly Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler standard = new();

        public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult authorizeResult) =>
            context.GetEndpoint() is null
                ? next(context)
                : standard.HandleAsync(next, context, policy, authorizeResult);
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
