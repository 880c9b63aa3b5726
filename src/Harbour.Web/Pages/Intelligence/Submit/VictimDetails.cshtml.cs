using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Intelligence.Submit;

/// <summary>Asked when a case is linked: unless the group needs them (and the submitter says why), the victim's details are taken out.</summary>
public sealed class VictimDetailsModel(IntelligenceService intelligence) : IntelligenceQuestionModel(intelligence)
{
    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new("yes", "Yes, keep them", "Only if the Pursue group cannot act without them, for example to safeguard the victim during an operation"),
        new("no", "No, take them out"),
    ];

    [BindProperty]
    public string? VictimDetailsNeeded { get; set; }

    [BindProperty]
    public string? VictimDetailsReason { get; set; }

    public override string PreviousUrl => $"/intelligence/submit/{Id}/grading";

    protected override void Load(IntelligenceReport draft)
    {
        VictimDetailsNeeded = draft.VictimDetailsNeeded switch { true => "yes", false => "no", _ => null };
        VictimDetailsReason = draft.VictimDetailsReason;
    }

    public IActionResult OnGet() => Draft.CaseId is null ? Redirect(CheckAnswersUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        bool? needed = VictimDetailsNeeded switch { "yes" => true, "no" => false, _ => null };
        await Intelligence.SaveVictimDetailsAsync(Id, needed, VictimDetailsReason, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Redirect(CheckAnswersUrl);
    }
}
