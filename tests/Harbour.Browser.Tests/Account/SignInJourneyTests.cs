using System.Text.RegularExpressions;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Account;

[Collection(BrowserCollection.Name)]
public sealed partial class SignInJourneyTests(BrowserFixture fixture)
{
    private const string Password = "harbour lights over the solent";

    /// <summary>
    /// The newcomer's journey: follow the setup link, create the first administrator with two-factor sign-in,
    /// invite a colleague through the outbox, sign out, sign in again, then be locked out after five wrong
    /// passwords. Every page on the way is checked with axe.
    /// </summary>
    [SkippableFact]
    public async Task FirstAdministrator_SetsUpTwoFactor_InvitesAColleague_SignsInAgain_AndIsLockedOutAfterFiveFailures()
    {
        await using var app = BrowserFixture.StartOwnHarbour();
        var baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            token = (await scope.ServiceProvider.GetRequiredService<FirstAdministratorSetup>().IssueTokenIfNoUsersAsync())!;
        }

        await using var context = await fixture.NewContextAsync(baseUrl: baseUrl);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        async Task CheckAsync()
        {
            var violations = await BrowserFixture.WcagViolationsAsync(page);
            if (violations.Count > 0)
            {
                problems.Add($"{page.Url}: {BrowserFixture.Describe(violations)}");
            }
        }

        // Create the first administrator.
        await page.GotoAsync($"/setup/{token}");
        await CheckAsync();
        await page.GetByLabel("Full name").FillAsync("Alex Admin");
        await page.GetByLabel("Email address").FillAsync("alex.admin@hants.gov.uk");
        await page.GetByLabel("Organisation").SelectOptionAsync("hiow-opcc");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Enrol the authenticator: the test is the phone, computing codes from the key shown.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-factor sign-in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app" })).ToBeVisibleAsync();
        await CheckAsync();
        await page.GetByText("I cannot scan the QR code").ClickAsync();
        var key = (await page.Locator("#authenticator-key").TextContentAsync())!.Trim();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Authenticator.CodeFor(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in is set up" })).ToBeVisibleAsync();
        await Expect(page.Locator(".app-recovery-codes li")).ToHaveCountAsync(10);
        await CheckAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved my recovery codes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Alex Admin" })).ToBeVisibleAsync();
        await CheckAsync();

        // Every administration page passes axe.
        foreach (var path in new[] { "/admin", "/admin/users", "/admin/organisations", "/admin/organisations/add", "/admin/api-clients", "/admin/api-clients/new", "/admin/audit", "/admin/outbox" })
        {
            await page.GotoAsync(path);
            await CheckAsync();
        }

        // Invite a colleague; the invitation lands in the outbox.
        await page.GotoAsync("/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Invite a user" }).ClickAsync();
        await CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await CheckAsync();
        await page.GetByLabel("Full name").FillAsync("Jo Colleague");
        await page.GetByLabel("Email address").FillAsync("jo.colleague@southampton.gov.uk");
        await page.GetByLabel("Organisation").SelectOptionAsync("southampton-city-council");
        await page.GetByLabel("Safeguarding lead").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(page.GetByText("Jo Colleague has been invited")).ToBeVisibleAsync();
        await CheckAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Administration" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Outbox" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "You have been invited to Harbour" }).ClickAsync();
        await CheckAsync();
        var invitation = await page.Locator("a[href*='/account/invitation/']").GetAttributeAsync("href");
        Assert.Matches(InvitationLink(), invitation);

        // Sign out, then back in with password and a fresh code.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await CheckAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await CheckAsync();
        await page.GetByLabel("Email address").FillAsync("alex.admin@hants.gov.uk");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter the code from your authenticator app" })).ToBeVisibleAsync();
        await CheckAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "I cannot use my authenticator app" }).ClickAsync();
        await CheckAsync();
        await page.GoBackAsync();
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(Authenticator.CodeFor(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));

        // The colleague's invitation page also passes axe (opened without using it up).
        var colleague = await context.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        var colleaguePage = await colleague.NewPageAsync();
        await colleaguePage.GotoAsync(invitation!);
        await Expect(colleaguePage.GetByRole(AriaRole.Heading, new() { Name = "Create your password" })).ToBeVisibleAsync();
        var invitationViolations = await BrowserFixture.WcagViolationsAsync(colleaguePage);
        Assert.True(invitationViolations.Count == 0, BrowserFixture.Describe(invitationViolations));
        await colleague.CloseAsync();

        // Five wrong passwords lock the account, even against the right one.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel("Email address").FillAsync("alex.admin@hants.gov.uk");
            await page.GetByLabel("Password").FillAsync($"not my password {attempt}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        }

        await CheckAsync();
        await page.GetByLabel("Email address").FillAsync("alex.admin@hants.gov.uk");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByText("Your account is locked because of too many attempts to sign in")).ToBeVisibleAsync();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        // Everything above is in the audit trail, and the chain verifies.
        await using var check = app.Services.CreateAsyncScope();
        var verification = await check.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [SkippableFact]
    public async Task SignIn_WithoutJavaScript_Works()
    {
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var user = await TestUsers.CreateAsync(fixture.Services, [HarbourRoles.Referrer]);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account");
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(Authenticator.CodeFor(user.AuthenticatorKey!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = user.DisplayName })).ToBeVisibleAsync();
    }

    [GeneratedRegex("^https?://[^/]+/account/invitation/[A-Za-z0-9_-]{43}$")]
    private static partial Regex InvitationLink();
}
