using System.Net;
using Harbour.Core.Accounts;
using Harbour.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Web.Tests.Account;

public sealed class SessionTests
{
    [Fact]
    public async Task Session_ThirtyMinutesIdle_SignsOut_ButActivityKeepsItAlive()
    {
        // Starts at the real time so the authenticator code the test computes is the one Harbour expects.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new HarbourWebFactory { Time = time };
        _ = factory.CreateClient();
        var user = await factory.CreateUserAsync(HarbourRoles.Referrer);
        var client = factory.CreateClient();
        await Forms.PostAsync(client, "/account/sign-in", [("Email", user.Email), ("Password", user.Password)]);
        await Forms.PostAsync(client, "/account/sign-in/code", [("Code", Authenticator.CodeFor(user.AuthenticatorKey!))]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        time.Advance(TimeSpan.FromMinutes(31));
        var idle = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.StartsWith("/account/sign-in", idle.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
