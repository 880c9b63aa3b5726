using System.Security.Claims;
using System.Text.Encodings.Web;
using Harbour.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// Partner systems authenticate to <c>/api/v1</c> with <c>Authorization: Bearer hbr_…</c>, the token shown once
/// when an administrator created the client. The principal carries the client's organisation and scopes.
/// </summary>
public sealed class ApiClientAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiClientService clients)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiClient";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var client = await clients.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (client is null)
        {
            return AuthenticateResult.Fail("The bearer token is not valid, has expired or has been revoked.");
        }

        var claims = new List<Claim>
        {
            new(HarbourClaims.ApiClientId, client.Id.ToString()),
            new(HarbourClaims.OrganisationId, client.OrganisationId.ToString()),
            new(ClaimTypes.Name, client.Name),
        };
        claims.AddRange(client.ScopeList.Select(scope => new Claim(HarbourClaims.ScopeClaim, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
