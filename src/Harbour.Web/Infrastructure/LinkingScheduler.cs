using Harbour.Core.Linking;

namespace Harbour.Web.Infrastructure;

/// <summary>The <c>LinkingJob</c> configuration section.</summary>
public sealed class LinkingJobOptions
{
    public const string SectionName = "LinkingJob";

    /// <summary>Off in the tests, which link concerns themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often new concerns are looked for.</summary>
    public TimeSpan Every { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// Links newly submitted concerns a few seconds after they arrive: each is matched against the people already known,
/// not by re-running everything. Linking is idempotent per concern (its checkpoint row is written in the same
/// transaction), so two instances running it at once add nothing twice.
/// </summary>
public sealed partial class LinkingScheduler(
    IServiceScopeFactory scopes,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<LinkingJobOptions> options,
    ILogger<LinkingScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<LinkingService>().LinkPendingAsync(cancellationToken: stoppingToken);
                if (run.LinkedAnything)
                {
                    LogLinked(run.Concerns, run.CasePeople, run.AutomaticLinks, run.ForReview);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // No request to fail and no user to tell: logged as an error for the operators, and tried again next time.
                LogFailed(exception);
            }

            await Task.Delay(options.Value.Every, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Linked {Concerns} concerns and {CasePeople} people added to cases: {AutomaticLinks} pairs of people linked automatically, {ForReview} pairs for review")]
    private partial void LogLinked(int concerns, int casePeople, int automaticLinks, int forReview);

    [LoggerMessage(Level = LogLevel.Error, Message = "Linking new concerns failed")]
    private partial void LogFailed(Exception exception);
}
