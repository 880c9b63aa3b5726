using Harbour.Core.Accounts;
using Harbour.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Testing;

/// <summary>A user made by <see cref="TestUsers"/>, with what a test needs to sign in as them for real.</summary>
public sealed record TestUser(Guid Id, string Email, string DisplayName, Guid OrganisationId, string Password, string? AuthenticatorKey);

/// <summary>Builds users straight into a Harbour database: active, password set, two-factor enrolled unless asked otherwise.</summary>
public static class TestUsers
{
    public const string DefaultPassword = "lantern otter pebble quay";

    public static async Task<TestUser> CreateAsync(
        IServiceProvider services,
        IEnumerable<string> roles,
        string organisationCode = "hiow-constabulary",
        string? email = null,
        string? displayName = null,
        bool twoFactor = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HarbourDbContext>();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<HarbourUser>>();
        var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode);
        var id = Guid.NewGuid();
        email ??= $"user-{id:N}@example.org";
        var user = new HarbourUser
        {
            Id = id,
            UserName = email,
            Email = email,
            DisplayName = displayName ?? $"Test User {id.ToString()[..8]}",
            OrganisationId = organisation.Id,
            EmailConfirmed = true,
            LockoutEnabled = true,
            CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var created = await manager.CreateAsync(user, DefaultPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        foreach (var role in roles)
        {
            await manager.AddToRoleAsync(user, role);
        }

        string? key = null;
        if (twoFactor)
        {
            await manager.ResetAuthenticatorKeyAsync(user);
            key = await manager.GetAuthenticatorKeyAsync(user);
            await manager.SetTwoFactorEnabledAsync(user, true);
        }

        return new TestUser(user.Id, email, user.DisplayName, organisation.Id, DefaultPassword, key);
    }
}
