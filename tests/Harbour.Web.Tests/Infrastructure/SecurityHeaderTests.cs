using Harbour.Testing;

namespace Harbour.Web.Tests.Infrastructure;

public sealed class SecurityHeaderTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/report")]
    [InlineData("/health")]
    [InlineData("/this-page-does-not-exist")]
    [InlineData("/api/v1/reference/exploitation-types")]
    public async Task Get_AnyResponse_CarriesSecurityHeaders(string path)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(string.IsNullOrEmpty(Header(response, "X-Request-Id")));
        Assert.False(response.Headers.Contains("Server"));
    }

    // HSTS is never sent for localhost, so these use a real-looking host name.
    [Fact]
    public async Task Get_OverHttpsOutsideDevelopment_SendsHsts()
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://harbour.example.org"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Contains("max-age=63072000", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_InDevelopment_SendsNoHsts()
    {
        await using var development = new HarbourWebFactory { Environment = "Development" };
        var client = development.CreateClient(new() { BaseAddress = new Uri("https://harbour.example.org"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Get_PageWithScripts_LoadsThemFromFilesNotInline()
    {
        var client = factory.CreateClient();

        var document = await HtmlDocument.ParseAsync(await client.GetAsync("/"));

        var scripts = document.QuerySelectorAll("script");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script =>
        {
            Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")));
            Assert.True(string.IsNullOrWhiteSpace(script.TextContent));
        });
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
