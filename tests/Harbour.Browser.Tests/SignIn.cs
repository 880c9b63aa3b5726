using System.Text.RegularExpressions;
using Harbour.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests;

/// <summary>Signs a test user in the way a person does: email, password, then the authenticator's code.</summary>
internal static partial class SignIn
{
    public static async Task AsAsync(IPage page, TestUser user)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(Authenticator.CodeFor(user.AuthenticatorKey!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(AccountPage());
    }

    /// <summary>Adds the page's axe violations, if any, to <paramref name="problems"/>.</summary>
    public static async Task CheckAsync(IPage page, List<string> problems)
    {
        var violations = await BrowserFixture.WcagViolationsAsync(page);
        if (violations.Count > 0)
        {
            problems.Add($"{page.Url}: {BrowserFixture.Describe(violations)}");
        }
    }

    [GeneratedRegex("/account$")]
    private static partial Regex AccountPage();
}
