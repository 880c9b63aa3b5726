using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Web.Tests.Account;

public sealed class SignInTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task SignIn_PasswordThenAuthenticatorCode_ReachesYourAccountAndIsAudited()
    {
        var user = await factory.CreateUserAsync(HarbourRoles.SafeguardingLead);
        var client = factory.CreateClient();

        var afterPassword = await Forms.PostAsync(client, "/account/sign-in", [("Email", user.Email), ("Password", user.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        Assert.StartsWith("/account/sign-in/code", afterPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The password alone opens nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);

        var afterCode = await Forms.PostAsync(client, "/account/sign-in/code", [("Code", Authenticator.CodeFor(user.AuthenticatorKey!))]);
        Assert.Equal(HttpStatusCode.Redirect, afterCode.StatusCode);
        Assert.Equal("/account", afterCode.Headers.Location!.OriginalString);

        var account = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(user.DisplayName, (await HtmlDocument.ParseAsync(account)).Text(), StringComparison.Ordinal);
        Assert.True(await HasAuditAsync("sign-in.succeeded", user.Id));
    }

    [Fact]
    public async Task Post_WrongPassword_ShowsGovukErrorAndRecordsTheFailure()
    {
        var user = await factory.CreateUserAsync(HarbourRoles.Referrer);
        var client = factory.CreateClient();

        var response = await Forms.PostAsync(client, "/account/sign-in", [("Email", user.Email), ("Password", "not the right password")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await HtmlDocument.ParseAsync(response);
        Assert.Equal(["Enter a correct email address and password"], document.ErrorSummary());
        Assert.True(await HasAuditAsync("sign-in.failed", user.Id));
    }

    [Fact]
    public async Task Post_EmptyFields_AsksForEach()
    {
        var client = factory.CreateClient();

        var response = await Forms.PostAsync(client, "/account/sign-in", [("Email", ""), ("Password", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter your email address", "Enter your password"], (await HtmlDocument.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksTheAccountEvenAgainstTheRightOne()
    {
        var user = await factory.CreateUserAsync(HarbourRoles.Referrer);
        var client = factory.CreateClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await Forms.PostAsync(client, "/account/sign-in", [("Email", user.Email), ("Password", $"wrong password {attempt}")]);
        }

        var response = await Forms.PostAsync(client, "/account/sign-in", [("Email", user.Email), ("Password", user.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your account is locked because of too many attempts to sign in. Try again in 15 minutes",
            (await HtmlDocument.ParseAsync(response)).ErrorSummary());
        Assert.True(await HasAuditAsync("sign-in.locked-out", user.Id));
    }

    [Fact]
    public async Task Post_WrongAuthenticatorCode_IsRefusedAndCounted()
    {
        var user = await factory.CreateUserAsync(HarbourRoles.Referrer);
        var client = factory.CreateClient();
        await Forms.PostAsync(client, "/account/sign-in", [("Email", user.Email), ("Password", user.Password)]);
        var wrong = Authenticator.CodeFor(user.AuthenticatorKey!) == "000000" ? "111111" : "000000";

        var response = await Forms.PostAsync(client, "/account/sign-in/code", [("Code", wrong)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single((await HtmlDocument.ParseAsync(response)).ErrorSummary(), e => e.StartsWith("Enter the code shown in your authenticator app now", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
        var failures = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync());
        Assert.Equal(1, failures);
    }

    [Fact]
    public async Task SignIn_UserWhoHasNotSetUpTwoFactor_IsSentToSetUpAndCannotSkipIt()
    {
        var user = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], twoFactor: false);
        var client = factory.CreateClient();

        var response = await Forms.PostAsync(client, "/account/sign-in", [("Email", user.Email), ("Password", user.Password)]);

        Assert.StartsWith("/account/two-factor/set-up", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/sign-in/code")).StatusCode);
    }

    [Fact]
    public async Task Invitation_PasswordThenTwoFactorSetUp_SignsInWithRecoveryCodesThatWorkOnce()
    {
        var invited = await InviteAsync(HarbourRoles.SafeguardingLead);
        var client = factory.CreateClient();
        var invitationPath = $"/account/invitation/{invited.InvitationToken}";

        var afterPassword = await Forms.PostAsync(client, invitationPath, [("Password", "marble heron lantern fjord"), ("ConfirmPassword", "marble heron lantern fjord")]);
        Assert.Equal("/account/two-factor/set-up", afterPassword.Headers.Location!.OriginalString);

        var setUp = await HtmlDocument.ParseAsync(await client.GetAsync("/account/two-factor/set-up"));
        Assert.NotNull(setUp.QuerySelector("svg.app-qr-code[role=img]"));
        var key = setUp.QuerySelector("#authenticator-key")!.TextContent.Trim();
        var done = await Forms.PostAsync(client, "/account/two-factor/set-up", [("Code", Authenticator.CodeFor(key))]);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var codes = (await HtmlDocument.ParseAsync(done)).QuerySelectorAll(".app-recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        // The link is spent.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(invitationPath)).StatusCode);

        // A recovery code signs in once.
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithRecoveryCodeAsync(invited.User.Email!, codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInWithRecoveryCodeAsync(invited.User.Email!, codes[0])).StatusCode);
        Assert.True(await HasAuditAsync("two-factor.enabled", invited.User.Id));
        Assert.True(await HasAuditAsync("invitation.accepted", invited.User.Id));
    }

    [Theory]
    [InlineData("password1234", "Password is too easy to guess")]
    [InlineData("short", "Password must be 12 characters or more")]
    public async Task Invitation_WeakPassword_IsRefusedAndTheLinkStillWorks(string password, string message)
    {
        var invited = await InviteAsync(HarbourRoles.Referrer);
        var client = factory.CreateClient();
        var path = $"/account/invitation/{invited.InvitationToken}";

        var response = await Forms.PostAsync(client, path, [("Password", password), ("ConfirmPassword", password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, Assert.Single((await HtmlDocument.ParseAsync(response)).ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        Assert.Null(await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == invited.User.Id).Select(u => u.PasswordHash).SingleAsync()));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var user = await factory.CreateUserAsync(HarbourRoles.Referrer);
        var client = factory.CreateClient();
        await Forms.PostAsync(client, "/account/sign-in", [("Email", user.Email), ("Password", user.Password)]);
        await Forms.PostAsync(client, "/account/sign-in/code", [("Code", Authenticator.CodeFor(user.AuthenticatorKey!))]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        var response = await Forms.PostAsync(client, "/account", [], action: "/account/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
        Assert.Contains("You have signed out", (await HtmlDocument.ParseAsync(await client.GetAsync("/account/sign-out"))).Text(), StringComparison.Ordinal);
        Assert.True(await HasAuditAsync("sign-out", user.Id));
    }

    [Fact]
    public async Task SignIn_DeactivatedUser_IsRefused()
    {
        var user = await factory.CreateUserAsync(HarbourRoles.Referrer);
        await factory.WithDatabaseAsync(async db =>
        {
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false));
            return 0;
        });

        var response = await Forms.PostAsync(factory.CreateClient(), "/account/sign-in", [("Email", user.Email), ("Password", user.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/", "/account")]
    [InlineData("//evil.example/", "/account")]
    [InlineData("/admin", "/admin")]
    public async Task SignIn_ReturnUrl_OnlyEverLocal(string returnUrl, string expected)
    {
        var user = await factory.CreateUserAsync(HarbourRoles.Referrer);
        var client = factory.CreateClient();
        var signIn = $"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var afterPassword = await Forms.PostAsync(client, signIn, [("Email", user.Email), ("Password", user.Password), ("ReturnUrl", returnUrl)]);

        var code = afterPassword.Headers.Location!.OriginalString;
        var response = await Forms.PostAsync(client, code, [("Code", Authenticator.CodeFor(user.AuthenticatorKey!))]);

        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CodePage_WithoutAPassword_SendsToSignIn()
    {
        var response = await factory.CreateClient().GetAsync("/account/sign-in/code");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.OriginalString);
    }

    private async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(string email, string code)
    {
        var client = factory.CreateClient();
        await Forms.PostAsync(client, "/account/sign-in", [("Email", email), ("Password", "marble heron lantern fjord")]);
        return await Forms.PostAsync(client, "/account/sign-in/recovery-code", [("RecoveryCode", code)]);
    }

    private async Task<InvitedUser> InviteAsync(string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserService>();
        var id = Guid.NewGuid().ToString("N")[..8];
        return await users.AddUserAsync(new NewUser($"invited-{id}@example.org", $"Invited {id}", "portsmouth-city-council", [role]), AuditActor.System);
    }

    private Task<bool> HasAuditAsync(string action, Guid userId) =>
        factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == action && e.EntityId == userId.ToString()));
}
