using System.Net;
using System.Text.RegularExpressions;
using Harbour.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Harbour.Web.Tests.Security;

/// <summary>
/// Closed by default, checked over every endpoint the application maps, so a page or endpoint added later
/// cannot be left open by mistake: it must either refuse an anonymous request or be added to the public list.
/// </summary>
public sealed partial class AnonymousAccessTests(HarbourWebFactory factory, ITestOutputHelper output) : IClassFixture<HarbourWebFactory>
{
    /// <summary>The public surface of DESIGN.md. Adding a line here is a decision to publish something.</summary>
    private static readonly HashSet<string> PublicRoutes = new(StringComparer.Ordinal)
    {
        "",
        "spot-the-signs",
        "radicalisation",
        "report",
        "report/online",
        "accessibility",
        "privacy",
        "cookies",
        "contact",
        "contrast",
        "support",
        "support/{id:guid}",
        "learning",
        "learning/{module}",
        "learning/{module}/{lesson}",
        "learning/{module}/quiz",
        "learning/certificates/{code}",
        "learning/verify",
        "resources/{id:guid?}/{handler?}",
        "account/sign-in",
        "account/sign-in/code",
        "account/sign-in/recovery-code",
        "account/two-factor/set-up",
        "account/invitation/{token}",
        "account/sign-out",
        "setup/{token}",
        "error/{statusCode:int?}",
        "health",
        "openapi/{documentName}.json",
        "api/v1/reference/exploitation-types",
        "api/v1/reference/indicators",
        "api/v1/reference/organisations",
        "api/oruk",
        "api/oruk/services",
        "api/oruk/services/{id}",
        "api/oruk/service_at_locations",
        "api/oruk/service_at_locations/{id}",
        "api/oruk/taxonomies",
        "api/oruk/taxonomies/{id}",
        "api/oruk/taxonomy_terms",
        "api/oruk/taxonomy_terms/{id}",
    };

    [Fact]
    public async Task EveryEndpoint_RequestedAnonymously_IsRefusedUnlessPublic()
    {
        var client = factory.CreateClient();
        var routes = Routes();
        Assert.NotEmpty(routes);

        foreach (var (route, method) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), "/" + SampleUrl(route));
            var response = await client.SendAsync(request);
            output.WriteLine($"{method} /{route} -> {(int)response.StatusCode} {response.Headers.Location}");

            if (PublicRoutes.Contains(route))
            {
                Assert.False(IsRefused(response), $"{method} /{route} is public but refused an anonymous request");
            }
            else if (route.StartsWith("api/", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} /{route} answered {(int)response.StatusCode} to an anonymous request, not 401");
            }
            else
            {
                Assert.True(IsRedirectToSignIn(response), $"{method} /{route} answered {(int)response.StatusCode} to an anonymous request, not a redirect to sign in");
            }
        }
    }

    [Fact]
    public void FallbackPolicy_RequiresASignedInUser()
    {
        _ = factory.CreateClient();

        var fallback = factory.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value.FallbackPolicy;

        Assert.NotNull(fallback);
        Assert.Contains(fallback.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
    }

    [Fact]
    public void PublicList_NamesOnlyRoutesThatExist()
    {
        _ = factory.CreateClient();
        var mapped = Routes().Select(r => r.Route).ToHashSet(StringComparer.Ordinal);

        Assert.All(PublicRoutes, route => Assert.Contains(route, mapped));
    }

    [Fact]
    public async Task UnknownAddress_RequestedAnonymously_IsNotFoundRatherThanSignIn()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/case/HMS-2026-000001/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private List<(string Route, string Method)> Routes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => ((e.RoutePattern.RawText ?? "").Trim('/'), method)))
            .Distinct()
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();

    private static string SampleUrl(string route) =>
        RouteParameter().Replace(route, match => match.Groups[1].Value switch
        {
            "statusCode" => "404",
            "documentName" => "v1",
            _ => Guid.NewGuid().ToString(),
        });

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || IsRedirectToSignIn(response);

    /// <summary>
    /// The sign-in challenge: a redirect to sign in that carries the address to come back to. (The second sign-in
    /// steps send someone without a half-finished sign-in back to the plain sign-in page, which is not a refusal.)
    /// </summary>
    private static bool IsRedirectToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && (response.Headers.Location?.OriginalString.Contains("/account/sign-in?ReturnUrl=", StringComparison.Ordinal) ?? false);

    [GeneratedRegex(@"\{\*?([A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
