using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Intelligence.Submit;

/// <summary>The case the intelligence is about, if any: only a case the submitter may see can be linked.</summary>
public sealed class CaseModel(IntelligenceService intelligence) : IntelligenceQuestionModel(intelligence)
{
    [BindProperty]
    public string? CaseReference { get; set; }

    public override string PreviousUrl => "/intelligence/submit";

    protected override void Load(IntelligenceReport draft) => CaseReference = draft.CaseReference;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var hadCase = Draft.CaseId;
        await Intelligence.SaveCaseAsync(Id, CaseReference, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        var now = await Intelligence.GetDraftAsync(Id, User.Scope(), HttpContext.RequestAborted);
        // A newly linked case brings a new victim: ask again whether their details are needed.
        return ReturnTo == "check" && now.CaseId is not null && now.CaseId != hadCase
            ? Redirect($"/intelligence/submit/{Id}/victim-details?returnTo=check")
            : Continue("intelligence");
    }
}
