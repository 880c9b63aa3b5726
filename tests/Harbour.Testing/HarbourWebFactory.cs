using Harbour.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
    private readonly string outboxDirectory = Path.Combine(Path.GetTempPath(), $"harbour-outbox-{Guid.NewGuid():N}");
    private readonly string attachmentsDirectory = Path.Combine(Path.GetTempPath(), $"harbour-attachments-{Guid.NewGuid():N}");

    public HarbourWebFactory()
    {
        ClientOptions.AllowAutoRedirect = false;
    }

    public string Environment { get; init; } = "Production";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Replaces the clock, for tests of expiry (setup links, invitations, break glass).</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Where this instance's local outbox writes emails.</summary>
    public string OutboxDirectory => outboxDirectory;

    /// <summary>A client whose requests are signed in as the given user (see <see cref="TestSignIn"/>).</summary>
    public HttpClient CreateClientAs(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestSignIn.HeaderName, user.Id.ToString());
        return client;
    }

    /// <summary>Creates a user in this instance's database.</summary>
    public Task<TestUser> CreateUserAsync(params string[] roles) => TestUsers.CreateAsync(Services, roles);

    /// <summary>Runs something against this instance's database in its own scope.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<HarbourDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<HarbourDbContext>());
    }

    /// <summary>A context of its own on this instance's database, as a command-line tool would open one; the caller disposes it.</summary>
    public HarbourDbContext CreateDbContext()
    {
        _ = Services;
        return (database ?? throw new InvalidOperationException("The database is created when the app starts.")).CreateContext();
    }

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
        builder.UseSetting("Notifications:OutboxDirectory", outboxDirectory);
        builder.UseSetting("Harbour:AttachmentsDirectory", attachmentsDirectory);
        // Tests run the reminder job themselves, on their own clock.
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("LinkingJob:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            TestSignIn.AddTo(services);
            if (Time is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(Time);
            }
        });
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

        foreach (var directory in new[] { outboxDirectory, attachmentsDirectory }.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
