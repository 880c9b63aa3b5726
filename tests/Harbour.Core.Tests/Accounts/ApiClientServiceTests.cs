using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.Accounts;

public sealed class ApiClientServiceTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public async Task Token_AuthenticatesUntilItsExpiryDate()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);
        var service = new ApiClientService(db, time, new AuditLog(db, time));
        var created = await service.CreateAsync(new NewApiClient("SIEM", "hiow-constabulary", [ApiScopes.AuditRead], new DateOnly(2026, 12, 1)), AuditActor.System);

        Assert.Equal(created.Client.Id, (await service.AuthenticateAsync(created.BearerToken))?.Id);
        Assert.Null(await service.AuthenticateAsync(created.BearerToken + "x"));
        Assert.Null(await service.AuthenticateAsync("hbr_not-a-token"));
        Assert.DoesNotContain(created.BearerToken.Split('_')[^1], (await db.ApiClients.SingleAsync()).SecretHash, StringComparison.Ordinal);

        time.Advance(TimeSpan.FromDays(9));
        Assert.Null(await service.AuthenticateAsync(created.BearerToken));
    }

    [SkippableFact]
    public async Task Create_BadAnswers_ReportsEach()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var service = new ApiClientService(db, time, new AuditLog(db, time));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            service.CreateAsync(new NewApiClient("", "atlantis", ["everything"], new DateOnly(2028, 1, 1)), AuditActor.System));

        Assert.Equal("Enter a name for the partner system", error.Errors["Name"]);
        Assert.Equal("Select the organisation that runs the partner system", error.Errors["Organisation"]);
        Assert.Equal("Select only the permissions listed", error.Errors["Scopes"]);
        Assert.Equal("The date the access ends must be within a year", error.Errors["ExpiresOn"]);
    }
}
