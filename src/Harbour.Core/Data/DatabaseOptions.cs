using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations and load reference data when the application starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public static class HarbourDatabase
{
    public const string SqliteMigrationsAssembly = "Harbour.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Harbour.Migrations.Postgres";

    /// <summary>A context outside dependency injection: for the command line, design-time tools and tests.</summary>
    public static HarbourDbContext CreateContext(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<HarbourDbContext>();
        options.UseHarbourDatabase(provider, connectionString);
        return new HarbourDbContext(options.Options);
    }

    /// <summary>
    /// The one place that turns a provider and connection string into EF Core options, shared by the web
    /// app, the command line, the design-time factories and the tests so they cannot drift apart.
    /// </summary>
    public static DbContextOptionsBuilder UseHarbourDatabase(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}
