using System.Threading.RateLimiting;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// Limits anonymous reports from one client address (5 an hour), so the public form cannot be used to flood a
/// council's triage queue. No third-party captcha: this and a honeypot field are the defence.
/// </summary>
public sealed class PublicReportThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = 5,
            Window = TimeSpan.FromHours(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    public bool TryReport(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var lease = limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
