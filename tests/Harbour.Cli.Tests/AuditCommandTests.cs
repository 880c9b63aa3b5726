using System.CommandLine;
using Harbour.Cli.Commands;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Cli.Tests;

public sealed class AuditCommandTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_IntactChain_PrintsCountAndExitsZero(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await RecordEventsAsync(database, 4);
        var output = new StringWriter();

        await using var db = HarbourDatabase.CreateContext(provider, database.ConnectionString);
        var exitCode = await AuditCommand.VerifyAsync(db, output);

        Assert.Equal(0, exitCode);
        Assert.Equal("Audit trail intact: 4 events checked.", output.ToString().Trim());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_EventEditedInTheDatabase_NamesItAndExitsOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await RecordEventsAsync(database, 4);
        await database.TamperWithAuditTrailAsync("UPDATE audit_events SET \"Reason\" = 'nothing to see' WHERE \"Sequence\" = 2");
        var output = new StringWriter();

        await using var db = HarbourDatabase.CreateContext(provider, database.ConnectionString);
        var exitCode = await AuditCommand.VerifyAsync(db, output);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Audit trail broken at event 2 ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 events before it are intact", output.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AuditVerify_ThroughTheCommandLine_ReturnsOneForATamperedChain()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await RecordEventsAsync(database, 3);
        await database.TamperWithAuditTrailAsync("DELETE FROM audit_events WHERE \"Sequence\" = 1");
        var root = new RootCommand { AuditCommand.Create() };

        var exitCode = await root.Parse(["audit", "verify", "--provider", "Sqlite", "--connection", database.ConnectionString]).InvokeAsync();

        Assert.Equal(1, exitCode);
    }

    [SkippableFact]
    public async Task DbMigrate_EmptyDatabase_AppliesEveryMigration()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var root = new RootCommand { DbCommand.Create() };

        var exitCode = await root.Parse(["db", "migrate", "--provider", "Sqlite", "--connection", database.ConnectionString]).InvokeAsync();

        Assert.Equal(0, exitCode);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }

    private static async Task RecordEventsAsync(TestDatabase database, int count)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
        for (var i = 0; i < count; i++)
        {
            await using var db = database.CreateContext();
            new AuditLog(db, time).Record(new AuditActor(Guid.NewGuid(), Guid.NewGuid(), "192.0.2.1"), "case.read", "Case", $"HMS-2026-00000{i}", reason: "triage");
            await db.SaveChangesAsync();
            time.Advance(TimeSpan.FromMinutes(1));
        }
    }
}
