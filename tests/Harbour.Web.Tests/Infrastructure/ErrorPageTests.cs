using System.Net;
using Harbour.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Web.Tests.Infrastructure;

public sealed class ErrorPageTests(ErrorPageTests.ThrowingFactory factory) : IClassFixture<ErrorPageTests.ThrowingFactory>
{
    [Fact]
    public async Task Get_UnknownPage_ShowsGovukNotFoundPageWith404()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await HtmlDocument.ParseAsync(response);
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector(".govuk-exit-this-page"));
        Assert.Contains("0800 012 1700", document.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownApiPath_ReturnsProblemDetailsNotHtml()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_PageThatThrows_ShowsGovukErrorPageWithoutStackTrace()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var document = await HtmlDocument.ParseAsync(response);
        Assert.Equal("Sorry, there is a problem with the service", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain(ThrowingFactory.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("at Harbour", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ApiThatThrows_ReturnsProblemDetailsWithoutStackTrace()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(ThrowingFactory.Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Harbour plus two test-only paths that throw, mapped after Harbour's own pipeline.</summary>
    public sealed class ThrowingFactory : HarbourWebFactory
    {
        public const string Secret = "connection-string-with-password";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowingEndpoints>());
        }

        private sealed class ThrowingEndpoints : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map("/test/throw", branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
                app.Map("/api/test/throw", branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
            };
        }
    }
}
