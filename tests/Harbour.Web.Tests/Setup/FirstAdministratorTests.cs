using System.Net;
using Harbour.Core.Accounts;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Web.Tests.Setup;

/// <summary>Each test has its own Harbour, because the setup page only exists while there are no users.</summary>
public sealed class FirstAdministratorTests
{
    private const string Password = "harbour lights over the solent";

    [Fact]
    public async Task SetupLink_WorksOnceAndCreatesAnAdministratorWhoMustSetUpTwoFactor()
    {
        await using var factory = new HarbourWebFactory();
        var token = await IssueTokenAsync(factory);
        var client = factory.CreateClient();

        var response = await Forms.PostAsync(client, $"/setup/{token}", Details("Alex Admin", "alex.admin@hants.gov.uk"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/two-factor/set-up", response.Headers.Location!.OriginalString);
        var admin = await factory.WithDatabaseAsync(db => db.Users.SingleAsync());
        Assert.Equal("alex.admin@hants.gov.uk", admin.Email);
        Assert.False(admin.TwoFactorEnabled);
        var roles = await factory.WithDatabaseAsync(db => db.UserRoles.Where(r => r.UserId == admin.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([HarbourRoles.Administrator], roles);
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "setup.first-administrator-created")));

        // Once anyone exists, the page is gone, for this link and any other.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/setup/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/setup/{await IssueTokenAsync(factory) ?? "none"}")).StatusCode);
    }

    [Fact]
    public async Task SetupLink_AfterTwentyFourHours_IsNotFound()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        await using var factory = new HarbourWebFactory { Time = time };
        var token = await IssueTokenAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/setup/{token}")).StatusCode);

        time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/setup/{token}")).StatusCode);
    }

    [Fact]
    public async Task SetupLink_WrongToken_IsNotFound()
    {
        await using var factory = new HarbourWebFactory();
        await IssueTokenAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/setup/not-the-token")).StatusCode);
    }

    [Fact]
    public async Task Post_MissingAndWeakAnswers_ShowsEachErrorAndSavesNothing()
    {
        await using var factory = new HarbourWebFactory();
        var token = await IssueTokenAsync(factory);
        var client = factory.CreateClient();

        var response = await Forms.PostAsync(client, $"/setup/{token}",
            [("DisplayName", ""), ("Email", "not-an-email"), ("Organisation", "hiow-opcc"), ("Password", "password1234"), ("ConfirmPassword", "password1234")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await HtmlDocument.ParseAsync(response)).ErrorSummary().ToList();
        Assert.Contains("Enter your full name", errors);
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.Users.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/setup/{token}")).StatusCode);
    }

    [Fact]
    public async Task Post_WeakPassword_ShowsThePasswordErrorAndSavesNothing()
    {
        await using var factory = new HarbourWebFactory();
        var token = await IssueTokenAsync(factory);

        var response = await Forms.PostAsync(factory.CreateClient(), $"/setup/{token}",
            [("DisplayName", "Sam"), ("Email", "sam@hants.gov.uk"), ("Organisation", "hiow-opcc"), ("Password", "password1234"), ("ConfirmPassword", "password1234")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Password is too easy to guess", Assert.Single((await HtmlDocument.ParseAsync(response)).ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Action == "user.created")));
    }

    private static (string, string)[] Details(string name, string email) =>
        [("DisplayName", name), ("Email", email), ("Organisation", "hiow-opcc"), ("Password", Password), ("ConfirmPassword", Password)];

    private static async Task<string?> IssueTokenAsync(HarbourWebFactory factory)
    {
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FirstAdministratorSetup>().IssueTokenIfNoUsersAsync();
    }
}
