using Harbour.Core.Reminders;
using Microsoft.Extensions.Options;

namespace Harbour.Web.Infrastructure;

/// <summary>The <c>Reminders</c> configuration section.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Off in the tests, which run the job themselves with a fake clock.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When the daily run starts, in UTC. It also runs once at start-up, so a day missed while stopped is caught up.</summary>
    public TimeOnly RunAtUtc { get; set; } = new(6, 0);
}

/// <summary>
/// Runs the <see cref="ReminderJob"/> at start-up and then daily. Every instance schedules it; the job's database
/// lock lets only one run at a time, and its reminder table makes the others add nothing.
/// </summary>
public sealed partial class ReminderScheduler(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    IOptions<HarbourOptions> harbour,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    /// <summary>After a failed run (say the database was briefly unreachable), try again this much later.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                await RunOnceAsync(stoppingToken);
                wait = UntilNextRun(time.GetUtcNow(), options.Value.RunAtUtc);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A background job has no request to fail and no user to tell: a failure is logged as an error
                // (for the operators' alerting) and retried, rather than stopping the web app for everyone.
                LogRunFailed(exception, RetryAfter);
                wait = RetryAfter;
            }

            await Task.Delay(wait, time, stoppingToken);
        }
    }

    public async Task<ReminderRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<ReminderJob>();
        var run = await job.RunAsync(harbour.Value.BaseUrl ?? "", cancellationToken);
        if (run.Ran)
        {
            LogRan(run.Created, run.Emails);
        }
        else
        {
            LogSkipped();
        }

        return run;
    }

    /// <summary>The time from <paramref name="now"/> to the next <paramref name="runAt"/> (UTC), today or tomorrow.</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now, TimeOnly runAt)
    {
        var today = now.UtcDateTime.Date + runAt.ToTimeSpan();
        var next = today > now.UtcDateTime ? today : today.AddDays(1);
        return next - now.UtcDateTime;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder job: {Created} reminders, {Emails} emails")]
    private partial void LogRan(int created, int emails);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder job skipped: another instance holds the lock")]
    private partial void LogSkipped();

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder job failed; trying again in {RetryAfter}")]
    private partial void LogRunFailed(Exception exception, TimeSpan retryAfter);
}
