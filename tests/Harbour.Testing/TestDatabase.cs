using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Harbour.Testing;

/// <summary>
/// A fresh, empty, real database for one test or fixture: a temporary SQLite file, or a new database on the
/// throwaway PostgreSQL cluster. Dropped when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqlitePath;
    private readonly string? postgresAdminConnection;
    private readonly string? postgresDatabase;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, string? postgresAdminConnection, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqlitePath = sqlitePath;
        this.postgresAdminConnection = postgresAdminConnection;
        this.postgresDatabase = postgresDatabase;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"harbour-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={path};Pooling=False", path, null, null);
        }

        var admin = ExternalTools.RequirePostgres();
        var name = $"harbour_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        return new TestDatabase(provider, builder.ConnectionString, null, admin, name);
    }

    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>Runs SQL the way an attacker with database access would: around the audit trail's append-only triggers.</summary>
    public async Task TamperWithAuditTrailAsync(string sql)
    {
        await using var db = CreateContext();
        if (Provider == DatabaseProvider.Postgres)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("SET LOCAL session_replication_role = replica");
            await db.Database.ExecuteSqlRawAsync(sql);
            await transaction.CommitAsync();
            return;
        }

        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_events_no_update");
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_events_no_delete");
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    public HarbourDbContext CreateContext() => HarbourDatabase.CreateContext(Provider, ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (sqlitePath is not null)
        {
            foreach (var file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (postgresAdminConnection is not null)
        {
            await using var connection = new NpgsqlConnection(postgresAdminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
