using Harbour.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Harbour.Testing;

/// <summary>
/// Harbour as it runs in production (environment Production unless a test says otherwise), on its own
/// temporary database, with the repository's reference data.
/// </summary>
public class HarbourWebFactory : WebApplicationFactory<Program>
{
    public const string ExitThisPageUrl = "https://www.bbc.co.uk/weather";

    private readonly Dictionary<string, string?> settings = new(StringComparer.Ordinal);
    private TestDatabase? database;

    public HarbourWebFactory()
    {
        ClientOptions.AllowAutoRedirect = false;
    }

    public string Environment { get; init; } = "Production";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Overrides a configuration value, for example to point at an unreachable database.</summary>
    public HarbourWebFactory WithSetting(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!settings.ContainsKey("ConnectionStrings:Harbour"))
        {
            database = TestDatabase.CreateAsync(Provider).GetAwaiter().GetResult();
            settings["ConnectionStrings:Harbour"] = database.ConnectionString;
        }

        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Harbour:ReferenceDataPath", RepositoryPaths.ReferenceData);
        builder.UseSetting("Harbour:ExitThisPageUrl", ExitThisPageUrl);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
