using System.Security.Claims;
using System.Text.Encodings.Web;
using Harbour.Core.Accounts;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Harbour.Testing;

/// <summary>
/// Signs a request in as a real user of the test database, without the password and authenticator steps: the
/// principal is built by Harbour's own claims factory, so roles and organisation are exactly what a real
/// sign-in would give. Only requests carrying <see cref="HeaderName"/> use it; everything else is untouched.
/// </summary>
public sealed class TestSignIn(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserManager<HarbourUser> users,
    IUserClaimsPrincipalFactory<HarbourUser> claims)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string HeaderName = "X-Harbour-Test-User";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var value) || await users.FindByIdAsync(value.ToString()) is not { IsActive: true } user)
        {
            return AuthenticateResult.NoResult();
        }

        var principal = await claims.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(HarbourClaims.AuthenticationMethod, "mfa"));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestSignIn>(SchemeName, null);
        services.PostConfigure<PolicySchemeOptions>(AuthenticationSetup.HarbourScheme, policy =>
        {
            var original = policy.ForwardDefaultSelector;
            policy.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(HeaderName) ? SchemeName : original?.Invoke(context);
        });
    }
}
