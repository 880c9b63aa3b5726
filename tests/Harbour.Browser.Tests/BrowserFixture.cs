using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Harbour.Testing;
using Microsoft.Playwright;

namespace Harbour.Browser.Tests;

/// <summary>
/// One Harbour server on a real Kestrel port and one Debian Chromium, shared by every browser test.
/// When Chromium is missing the fixture starts nothing; each test then skips locally or fails on CI.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private HarbourWebFactory? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The shared Harbour's services, for arranging data (users) before a journey.</summary>
    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("Harbour was not started: Chromium is missing.");

    public async Task InitializeAsync()
    {
        var chromium = ExternalTools.ChromiumPath;
        if (!File.Exists(chromium))
        {
            return;
        }

        app = new HarbourWebFactory();
        app.UseKestrel(0);
        app.StartServer();
        BaseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        // Playwright's assertions give up after 5 s; a CI machine busy with other suites can take longer to
        // render a page, and a timed-out assertion there says nothing about Harbour.
        Assertions.SetDefaultExpectTimeout(20_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// A Harbour of the test's own on a real port, for journeys that need a particular state (for example no
    /// users yet, so the first-administrator setup link works).
    /// </summary>
    public static HarbourWebFactory StartOwnHarbour()
    {
        ExternalTools.RequireChromium();
        var own = new HarbourWebFactory();
        own.UseKestrel(0);
        own.StartServer();
        return own;
    }

    /// <summary>A fresh browser context (no cookies) for one test; skips or fails the test when Chromium is missing.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true, string? baseUrl = null)
    {
        ExternalTools.RequireChromium();
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? BaseUrl,
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

        context.SetDefaultTimeout(60_000);

        // The neutral site behind "Exit this page" is out of reach here; answer for it so leaving can be observed.
        await context.RouteAsync(HarbourWebFactory.ExitThisPageUrl + "**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = "<!DOCTYPE html><html lang=\"en\"><title>Weather</title><h1>Weather</h1></html>",
        }));
        return context;
    }

    public static async Task<IReadOnlyList<AxeResultItem>> WcagViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        return result.Violations;
    }

    /// <summary>WCAG 1.4.6 (AAA): text contrast of at least 7:1, which high-contrast mode promises.</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> EnhancedContrastViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast-enhanced"] },
        });
        return result.Violations;
    }

    public static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join(Environment.NewLine, violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"));

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
