using Harbour.Core.Data;
using Harbour.Core.Auditing;
using Harbour.Core.Organisations;
using Harbour.Core.ReferenceData;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.Organisations;

public sealed class OrganisationServiceTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task EditedInHarbour_ReferenceDataReloadLeavesItAlone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await LoadAsync(database);
        await using (var db = database.CreateContext())
        {
            var nca = await db.Organisations.SingleAsync(o => o.Code == "nca");
            await new OrganisationService(db, time, new AuditLog(db, time))
                .UpdateAsync(nca.Id, new OrganisationDetails("National Crime Agency (Southern)", OrganisationType.Police, true, []), AuditActor.System);
            await new OrganisationService(db, time, new AuditLog(db, time))
                .AddAsync(new OrganisationDetails("Hope for Justice", OrganisationType.Charity, true, ["hampshire"]), AuditActor.System);
        }

        var reload = await LoadAsync(database);

        await using var check = database.CreateContext();
        Assert.Equal("National Crime Agency (Southern)", (await check.Organisations.SingleAsync(o => o.Code == "nca")).Name);
        var added = await check.Organisations.SingleAsync(o => o.Code == "hope-for-justice");
        Assert.True(added.IsActive);
        Assert.Equal(0, reload.TotalChanges);
    }

    [SkippableFact]
    public async Task Add_DuplicateName_IsRefused()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await LoadAsync(database);
        await using var db = database.CreateContext();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => new OrganisationService(db, time, new AuditLog(db, time))
            .AddAsync(new OrganisationDetails("National Crime Agency", OrganisationType.Police, true, []), AuditActor.System));

        Assert.Equal("An organisation with this name already exists", error.Errors["Name"]);
    }

    private async Task<ReferenceDataLoadResult> LoadAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);
    }
}
