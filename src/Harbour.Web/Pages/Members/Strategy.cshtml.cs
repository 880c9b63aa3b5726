using Harbour.Core.Governance;
using Harbour.Core.Learning;
using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Members;

/// <summary>The vision, the four objectives, the 4Ps, the strategy period and the terms of reference in force.</summary>
public sealed class StrategyModel(StrategyService strategy, ReferenceDataQueries reference) : PageModel
{
    public Partnership? Partnership { get; private set; }

    public IReadOnlyList<StrategicObjective> Objectives { get; private set; } = [];

    public IReadOnlyList<FourPStrand> Strands { get; private set; } = [];

    public Strategy? Current { get; private set; }

    public TermsOfReference? Terms { get; private set; }

    public string TermsHtml { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        Partnership = await reference.GetPartnershipAsync(cancel);
        Objectives = await reference.GetObjectivesAsync(cancel);
        Strands = await reference.GetFourPAsync(cancel);
        Current = await strategy.CurrentStrategyAsync(cancel);
        Terms = await strategy.CurrentTermsAsync(cancel);
        TermsHtml = Terms is null ? "" : LearningContent.RenderSafe(Terms.Text);
    }
}
