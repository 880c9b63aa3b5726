using Harbour.Core.Accounts;
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

        var setupToken = await scope.ServiceProvider.GetRequiredService<FirstAdministratorSetup>().IssueTokenIfNoUsersAsync();
        if (setupToken is not null)
        {
            app.Lifetime.ApplicationStarted.Register(() => AnnounceSetupLink(app, setupToken));
        }
    }

    /// <summary>
    /// A new Harbour has no users and no default password: the person starting it gets a one-time link, on the
    /// console and in the log, to create the first administrator.
    /// </summary>
    private static void AnnounceSetupLink(WebApplication app, string token)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Harbour.Startup");
        var options = app.Services.GetRequiredService<IOptions<HarbourOptions>>().Value;
        var baseUrl = options.BaseUrl ?? app.Urls.FirstOrDefault() ?? "";
        var link = $"{baseUrl.TrimEnd('/')}/setup/{token}";
        var expires = FirstAdministratorSetup.TokenLifetime.TotalHours;
        Console.Out.WriteLine();
        Console.Out.WriteLine("Harbour has no users yet. To create the first administrator, open this link");
        Console.Out.WriteLine($"(it works once and expires in {expires:0} hours):");
        Console.Out.WriteLine();
        Console.Out.WriteLine($"    {link}");
        Console.Out.WriteLine();
        logger.LogWarning("Harbour has no users. Create the first administrator at {SetupLink} (works once, expires in {Hours} hours)", link, expires);
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
