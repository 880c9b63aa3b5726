using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Triage;

/// <summary>The organisation's triage queue: immediate danger first, then oldest first, with the 1-working-day target.</summary>
public sealed class IndexModel(ConcernService concerns, TimeProvider time) : PageModel
{
    public IReadOnlyList<TriageQueueItem> Queue { get; private set; } = [];

    public DateTime Now { get; } = time.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync() => Queue = await concerns.TriageQueueAsync(User.Scope());

    public static string Age(TimeSpan since) => since.TotalHours < 1
        ? $"{Math.Max(1, (int)since.TotalMinutes)} minutes"
        : since.TotalDays < 2 ? $"{(int)since.TotalHours} hours" : $"{(int)since.TotalDays} days";
}
