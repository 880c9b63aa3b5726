using System.CommandLine;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Cli.Commands;

/// <summary><c>harbour db migrate</c>: applies every pending migration, for deployments that migrate before starting the web app.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var connection = new DatabaseConnection();
        var migrate = new Command("migrate", "Apply pending database migrations.");
        connection.AddTo(migrate);
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = connection.CreateContext(parse);
            return await MigrateAsync(db, Console.Out, cancellationToken);
        });

        return new Command("db", "Database maintenance.") { migrate };
    }

    public static async Task<int> MigrateAsync(HarbourDbContext db, TextWriter output, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        await output.WriteLineAsync(pending.Count == 0
            ? "The database is up to date."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }
}
