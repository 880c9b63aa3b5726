using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Harbour.Web.Infrastructure;

public static class DatabaseInitialisation
{
    /// <summary>Applies migrations and brings reference data in line with the deployment's files.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Harbour.Startup");
        var db = scope.ServiceProvider.GetRequiredService<HarbourDbContext>();
        await db.Database.MigrateAsync();

        var options = scope.ServiceProvider.GetRequiredService<IOptions<HarbourOptions>>().Value;
        var path = Path.GetFullPath(options.ReferenceDataPath, AppContext.BaseDirectory);
        var result = await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync(path);
        foreach (var change in result.Changes.Where(c => c.Total > 0))
        {
            logger.LogInformation(
                "Reference data {Kind}: {Added} added, {Updated} updated, {Deactivated} deactivated",
                change.Kind, change.Added, change.Updated, change.Deactivated);
        }

        logger.LogInformation("Reference data loaded from {Path} ({Changes} changes)", path, result.TotalChanges);
    }

    /// <summary>Prints where Harbour is listening once Kestrel has bound its addresses.</summary>
    public static void AnnounceAddressesOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Harbour.Startup");
            foreach (var address in app.Urls)
            {
                logger.LogInformation("Harbour is running at {Address}", address);
            }
        });
    }
}
