using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.Auditing;

public sealed class AuditTrailTests
{
    private static readonly AuditActor Analyst = new(Guid.NewGuid(), Guid.NewGuid(), "10.1.2.3");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567));

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Record_SeveralEvents_FormAnIntactChain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        await RecordAsync(database, "case.read", "Case", "HMS-2026-000001");
        await RecordAsync(database, "case.updated", "Case", "HMS-2026-000001", before: new { Status = "Open" }, after: new { Status = "Closed" });
        await RecordAsync(database, "sign-in.failed", reason: "Wrong password");

        await using var db = database.CreateContext();
        var events = await db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Sequence));
        Assert.Equal(AuditHashing.GenesisHash, events[0].PreviousHash);
        Assert.Equal(events[0].Hash, events[1].PreviousHash);
        Assert.Equal("{\"status\":\"Open\"}", events[1].Before);
        Assert.Equal(Analyst.UserId, events[1].UserId);
        Assert.Equal("10.1.2.3", events[1].ClientAddress);
        var verification = await new AuditChainVerifier(db).VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(3, verification.Checked);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Record_ChangeRolledBack_LeavesNoEvent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            new AuditLog(db, time).Record(Analyst, "case.updated", "Case", "HMS-2026-000002");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.AuditEvents.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Update_AuditRowDirectly_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await RecordAsync(database, "case.read", "Case", "HMS-2026-000003");
        await using var db = database.CreateContext();

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET \"Reason\" = 'covered up'"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Delete_AuditRowDirectly_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await RecordAsync(database, "case.read", "Case", "HMS-2026-000004");
        await using var db = database.CreateContext();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_events"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }

    [SkippableFact]
    public async Task SaveChanges_ModifiedAuditEvent_IsRefusedInCode()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await RecordAsync(database, "case.read");
        await using var db = database.CreateContext();
        var stored = await db.AuditEvents.SingleAsync();

        stored.Reason = "covered up";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Verify_EventEditedBehindTheTriggers_NamesThatEvent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        for (var i = 1; i <= 5; i++)
        {
            await RecordAsync(database, "case.read", "Case", $"HMS-2026-00001{i}");
        }

        await database.TamperWithAuditTrailAsync("UPDATE audit_events SET \"EntityId\" = 'HMS-2026-999999' WHERE \"Sequence\" = 3");

        await using var db = database.CreateContext();
        var verification = await new AuditChainVerifier(db).VerifyAsync();
        Assert.False(verification.IsIntact);
        Assert.Equal(3, verification.FirstBroken?.Sequence);
        Assert.Equal(2, verification.Checked);
        Assert.Contains("changed after it was written", verification.Problem, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Verify_EventDeletedBehindTheTriggers_ReportsTheGap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        for (var i = 1; i <= 4; i++)
        {
            await RecordAsync(database, "case.read");
        }

        await database.TamperWithAuditTrailAsync("DELETE FROM audit_events WHERE \"Sequence\" = 2");

        await using var db = database.CreateContext();
        var verification = await new AuditChainVerifier(db).VerifyAsync();
        Assert.Equal(3, verification.FirstBroken?.Sequence);
        Assert.Contains("missing", verification.Problem, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Record_ManyWritersAtOnce_KeepOneUnbrokenChain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => RecordAsync(database, "case.read", "Case", $"concurrent-{i}"))));

        await using var db = database.CreateContext();
        var verification = await new AuditChainVerifier(db).VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(12, verification.Checked);
    }

    private async Task RecordAsync(TestDatabase database, string action, string? entityType = null, string? entityId = null, string? reason = null, object? before = null, object? after = null)
    {
        await using var db = database.CreateContext();
        new AuditLog(db, time).Record(Analyst, action, entityType, entityId, reason, before, after);
        await db.SaveChangesAsync();
    }
}
