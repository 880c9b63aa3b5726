using Harbour.Core.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>eLearning completions by organisation and quarter, for a chosen year.</summary>
public sealed class TrainingModel(LearningService learning, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<CompletionCount> Counts { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var thisYear = time.GetUtcNow().Year;
        Years = Enumerable.Range(thisYear - 4, 5).Reverse().ToList();
        Year = Year is { } year && Years.Contains(year) ? year : thisYear;
        Counts = await learning.CompletionsAsync(new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31), HttpContext.RequestAborted);
    }
}
