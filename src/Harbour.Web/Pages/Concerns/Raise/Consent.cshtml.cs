using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

/// <summary>An adult's knowledge of and agreement to the referral. Children need no consent, so they skip this.</summary>
public sealed class ConsentModel(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public string? Consent { get; set; }

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(nameof(ConsentAnswer.Yes), "Yes, they know about it and agree"),
        new(nameof(ConsentAnswer.No), "No, they do not agree", "You can still raise the concern. The local authority decides what can be done without their agreement."),
        new(nameof(ConsentAnswer.NotAsked), "They have not been asked", "For example, because asking would put them at risk"),
    ];

    protected override void Load(Concern draft) => Consent = draft.Consent?.ToString();

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync("consent", c => c.Consent = Enum.Parse<ConsentAnswer>(Consent!));
}

public sealed class ConsentModelValidator : AbstractValidator<ConsentModel>
{
    public ConsentModelValidator() =>
        RuleFor(m => m.Consent).Must(v => Enum.TryParse<ConsentAnswer>(v, out _)).WithMessage("Select whether the person knows about and agrees to this referral");
}
