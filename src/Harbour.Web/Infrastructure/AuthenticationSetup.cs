using System.Security.Claims;
using Harbour.Core.Accounts;
using Harbour.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Harbour.Web.Infrastructure;

public static class AuthenticationSetup
{
    public const string SignInPath = "/account/sign-in";

    /// <summary>Chooses, per request, between a partner system's bearer token and a person's session cookie.</summary>
    public const string HarbourScheme = "Harbour";

    /// <summary>
    /// People sign in with ASP.NET Core Identity (password, then an authenticator code); partner systems send a
    /// bearer token. Closed by default: a fallback policy demands a fully signed-in user on every page and
    /// endpoint, and only the public pages, error pages, health, OpenAPI and reference data opt out with
    /// [AllowAnonymous]. People are sent to sign in; systems calling /api get 401 and 403 rather than a redirect.
    /// </summary>
    public static IServiceCollection AddHarbourAuthentication(this IServiceCollection services)
    {
        services.AddIdentity<HarbourUser, IdentityRole<Guid>>(options =>
            {
                // NCSC: length and a deny-list (PasswordPolicy), no composition rules.
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<HarbourDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<HarbourSignInManager>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddClaimsPrincipalFactory<HarbourClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "harbour_session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Sessions end after 30 minutes without a request.
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = SignInPath;
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/error/403";
            options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            // A signed-in user without the role gets 403 where they are (the error page explains), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.ConfigureExternalCookie(options => options.Cookie.Name = "harbour_external");
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "harbour_two_factor";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(10);
        });
        // A deactivated user, or one whose roles changed, loses their session within a minute.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            // Revalidation rebuilds the principal from the database; keep the proof that two-factor sign-in happened.
            options.OnRefreshingPrincipal = context =>
            {
                var identity = context.NewPrincipal?.Identities.FirstOrDefault();
                var proofs = context.CurrentPrincipal?.FindAll(HarbourClaims.AuthenticationMethod).ToList() ?? [];
                if (identity is not null)
                {
                    foreach (var proof in proofs.Where(p => !identity.HasClaim(p.Type, p.Value)))
                    {
                        identity.AddClaim(new Claim(proof.Type, proof.Value));
                    }
                }

                return Task.CompletedTask;
            };
        });

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = HarbourScheme;
                options.DefaultAuthenticateScheme = HarbourScheme;
                options.DefaultChallengeScheme = HarbourScheme;
                options.DefaultForbidScheme = HarbourScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignOutScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(HarbourScheme, "Session cookie or API bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? ApiClientAuthentication.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiClientAuthentication>(ApiClientAuthentication.SchemeName, null);

        services.AddHarbourAuthorization();
        return services;
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

/// <summary>Identity's sign-in rules plus Harbour's own: a deactivated account cannot sign in.</summary>
public sealed class HarbourSignInManager(
    UserManager<HarbourUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<HarbourUser> claimsFactory,
    Microsoft.Extensions.Options.IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<HarbourUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<HarbourUser> confirmation)
    : SignInManager<HarbourUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(HarbourUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }
}

/// <summary>Adds what need-to-know decisions rest on: the user's organisation and display name.</summary>
public sealed class HarbourClaimsPrincipalFactory(
    UserManager<HarbourUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    Microsoft.Extensions.Options.IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<HarbourUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HarbourUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HarbourClaims.OrganisationId, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(HarbourClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
