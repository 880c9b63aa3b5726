using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Intelligence.Submit;

/// <summary>The 3×5×2 grading on one page: source evaluation, intelligence assessment and handling code (with conditions for C).</summary>
public sealed class GradingModel(IntelligenceService intelligence) : IntelligenceQuestionModel(intelligence)
{
    [BindProperty]
    public string? SourceEvaluation { get; set; }

    [BindProperty]
    public string? SourceNotReliableReason { get; set; }

    [BindProperty]
    public string? Assessment { get; set; }

    [BindProperty]
    public string? HandlingCode { get; set; }

    [BindProperty]
    public string? HandlingConditions { get; set; }

    public override string PreviousUrl => $"/intelligence/submit/{Id}/intelligence";

    protected override void Load(IntelligenceReport draft)
    {
        SourceEvaluation = draft.SourceEvaluation is { } s ? IntelligenceGrading.Code(s) : null;
        SourceNotReliableReason = draft.SourceNotReliableReason;
        Assessment = draft.Assessment is { } a ? IntelligenceGrading.Code(a) : null;
        HandlingCode = draft.HandlingCode is { } h ? IntelligenceGrading.Code(h) : null;
        HandlingConditions = draft.HandlingConditions;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A value that is not one of the model's grades is treated as no answer: the service names what is missing.
        var grading = new GradingEdit(
            IntelligenceText.ParseSource(SourceEvaluation), SourceNotReliableReason,
            IntelligenceText.ParseAssessment(Assessment),
            IntelligenceText.ParseHandling(HandlingCode), HandlingConditions);
        await Intelligence.SaveGradingAsync(Id, grading, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Draft.CaseId is null ? Redirect(CheckAnswersUrl) : Continue("victim-details");
    }
}
