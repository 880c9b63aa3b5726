using Xunit;

namespace Harbour.Testing;

/// <summary>
/// Tests that need PostgreSQL or Chromium ask here. On CI (CI=true) a missing tool is a failure, so a broken
/// install can never turn into a quietly skipped suite; on a developer's machine the test is skipped, loudly.
/// scripts/test.sh installs both tools and sets the variables read here.
/// </summary>
public static class ExternalTools
{
    public const string PostgresVariable = "HARBOUR_TEST_POSTGRES";
    public const string ChromiumVariable = "HARBOUR_CHROMIUM";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The admin connection string of the throwaway PostgreSQL cluster started by scripts/test.sh.</summary>
    public static string RequirePostgres()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        return Missing($"PostgreSQL is not available: {PostgresVariable} is not set. Run ./scripts/test.sh, which starts a throwaway cluster.");
    }

    /// <summary>Debian's Chromium unless <c>HARBOUR_CHROMIUM</c> names another build.</summary>
    public static string ChromiumPath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
            return string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        }
    }

    public static string RequireChromium() =>
        File.Exists(ChromiumPath)
            ? ChromiumPath
            : Missing($"Chromium is not available at {ChromiumPath}. Run ./scripts/test.sh (it installs Debian's chromium as root) or set {ChromiumVariable}.");

    private static string Missing(string message)
    {
        if (IsCi)
        {
            throw new InvalidOperationException("CI=true, so this test must not be skipped. " + message);
        }

        Console.Error.WriteLine("*** SKIPPING: " + message);
        throw new SkipException("SKIPPED LOCALLY: " + message);
    }
}
