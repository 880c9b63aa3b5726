using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Harbour.Web.Infrastructure;

public sealed class SignInThrottleOptions
{
    public const string SectionName = "Harbour:SignIn";

    /// <summary>Attempts (password or code) allowed from one client address per window.</summary>
    public int AttemptsPerAddress { get; set; } = 50;

    /// <summary>Attempts allowed against one email address per window, whether or not an account has it.</summary>
    public int AttemptsPerAccount { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Slows guessing beyond what account lockout covers: lockout protects an existing account after five wrong
/// passwords, this also limits one address trying many accounts, and attempts at accounts that do not exist.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> byAddress;
    private readonly PartitionedRateLimiter<string> byAccount;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        byAddress = Limiter(settings.AttemptsPerAddress, settings.Window);
        byAccount = Limiter(settings.AttemptsPerAccount, settings.Window);
    }

    /// <summary>Counts one attempt; false if either limit is already reached.</summary>
    public bool TryAttempt(HttpContext context, string? account)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var addressLease = byAddress.AttemptAcquire(address);
        if (!addressLease.IsAcquired)
        {
            return false;
        }

        using var accountLease = byAccount.AttemptAcquire((account ?? "").Trim().ToUpperInvariant());
        return accountLease.IsAcquired;
    }

    public void Dispose()
    {
        byAddress.Dispose();
        byAccount.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
