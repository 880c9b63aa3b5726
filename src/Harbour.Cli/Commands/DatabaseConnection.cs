using System.CommandLine;
using Harbour.Core.Data;

namespace Harbour.Cli.Commands;

/// <summary>
/// The database options every database command shares. They fall back to the same environment variables the
/// web app reads (<c>Database__Provider</c>, <c>ConnectionStrings__Harbour</c>), then to the embedded SQLite
/// file the web app creates when run from the repository root.
/// </summary>
internal sealed class DatabaseConnection
{
    public const string DefaultSqliteFile = "src/Harbour.Web/data/harbour.db";

    public Option<DatabaseProvider?> Provider { get; } = new("--provider")
    {
        Description = "Sqlite or Postgres (default: Database__Provider, else Sqlite).",
    };

    public Option<string?> ConnectionString { get; } = new("--connection")
    {
        Description = $"Connection string (default: ConnectionStrings__Harbour, else Data Source={DefaultSqliteFile}).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(ConnectionString);
    }

    public HarbourDbContext CreateContext(ParseResult parse)
    {
        var provider = parse.GetValue(Provider)
            ?? (Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("Database__Provider"), ignoreCase: true, out var fromEnvironment)
                ? fromEnvironment
                : DatabaseProvider.Sqlite);
        var connectionString = parse.GetValue(ConnectionString)
            ?? NullIfEmpty(Environment.GetEnvironmentVariable("ConnectionStrings__Harbour"))
            ?? (provider == DatabaseProvider.Sqlite
                ? $"Data Source={DefaultSqliteFile}"
                : throw new InvalidOperationException("Give --connection or set ConnectionStrings__Harbour for PostgreSQL."));
        return HarbourDatabase.CreateContext(provider, connectionString);
    }


    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
