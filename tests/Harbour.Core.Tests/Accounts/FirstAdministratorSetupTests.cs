using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Harbour.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.Accounts;

public sealed class FirstAdministratorSetupTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Token_WorksOnceThenNoMoreTokensAreIssued(DatabaseProvider provider)
    {
        await using var database = await SeededDatabaseAsync(provider);
        await using var db = database.CreateContext();
        var setup = Setup(db);
        var token = await setup.IssueTokenIfNoUsersAsync();
        Assert.NotNull(token);
        Assert.DoesNotContain(token, await db.SetupTokens.Select(t => t.TokenHash).SingleAsync(), StringComparison.Ordinal);

        var admin = await setup.CreateAdministratorAsync(token, Request(), AuditActor.System);

        Assert.NotNull(admin.PasswordHash);
        Assert.False(await setup.IsUsableAsync(token));
        Assert.Null(await setup.IssueTokenIfNoUsersAsync());
        await Assert.ThrowsAsync<ValidationFailedException>(() => setup.CreateAdministratorAsync(token, Request("second@example.org"), AuditActor.System));
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "setup.first-administrator-created"));
        Assert.True((await new AuditChainVerifier(db).VerifyAsync()).IsIntact);
    }

    [SkippableFact]
    public async Task Token_ExpiresAfterTwentyFourHours()
    {
        await using var database = await SeededDatabaseAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var setup = Setup(db);
        var token = await setup.IssueTokenIfNoUsersAsync();

        time.Advance(TimeSpan.FromHours(23));
        Assert.True(await setup.IsUsableAsync(token));
        time.Advance(TimeSpan.FromHours(1));

        Assert.False(await setup.IsUsableAsync(token));
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => setup.CreateAdministratorAsync(token, Request(), AuditActor.System));
        Assert.StartsWith("This setup link has expired", error.Errors["Token"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CreateAdministrator_BadAnswers_SavesNothingAndKeepsTheToken()
    {
        await using var database = await SeededDatabaseAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var setup = Setup(db);
        var token = await setup.IssueTokenIfNoUsersAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            setup.CreateAdministratorAsync(token, new NewAdministrator("Alex", "alex@example.org", "hiow-opcc", "harbour lights over the solent", "different"), AuditActor.System));

        Assert.Equal("Enter the same password twice", error.Errors["ConfirmPassword"]);
        await using var fresh = database.CreateContext();
        Assert.Equal(0, await fresh.Users.CountAsync());
        Assert.True(await Setup(fresh).IsUsableAsync(token));
    }

    private static NewAdministrator Request(string email = "alex.admin@example.org") =>
        new("Alex Admin", email, "hiow-opcc", "harbour lights over the solent", "harbour lights over the solent");

    private FirstAdministratorSetup Setup(HarbourDbContext db) =>
        new(db, time, new AuditLog(db, time), new PasswordHasher<HarbourUser>());

    private async Task<TestDatabase> SeededDatabaseAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);
        return database;
    }
}
