using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Triage;

/// <summary>The organisation's triage queue: immediate danger first, then oldest first, with the 1-working-day target.</summary>
public sealed class IndexModel(ConcernService concerns, Harbour.Core.ReferenceData.ReferenceDataQueries referenceData, TimeProvider time) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    public IReadOnlyList<Choice> Areas { get; private set; } = [];

    public IReadOnlyList<TriageQueueItem> Queue { get; private set; } = [];

    public DateTime Now { get; } = time.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync()
    {
        Areas = (await referenceData.GetAreasAsync()).Select(a => new Choice(a.Code, a.Name)).ToList();
        Queue = await concerns.TriageQueueAsync(User.Scope(), string.IsNullOrEmpty(Area) ? null : Area);
    }

    public static string Age(TimeSpan since) => since.TotalHours < 1
        ? $"{Math.Max(1, (int)since.TotalMinutes)} minutes"
        : since.TotalDays < 2 ? $"{(int)since.TotalHours} hours" : $"{(int)since.TotalDays} days";
}
