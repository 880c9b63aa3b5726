using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

public sealed class TypeModel(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public List<string> ConcernTypes { get; set; } = [];

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new("modern-slavery", "Modern slavery or human trafficking", "Someone is being exploited: forced to work, to commit crime, for sex, or kept in servitude"),
        new("prevent", "Radicalisation (Prevent)", "Someone may be being drawn into terrorism or extremism"),
    ];

    protected override void Load(Concern draft) =>
        ConcernTypes = [.. new[] { draft.IsModernSlavery ? "modern-slavery" : null, draft.IsPrevent ? "prevent" : null }.OfType<string>()];

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync("type", c =>
    {
        c.IsModernSlavery = ConcernTypes.Contains("modern-slavery");
        c.IsPrevent = ConcernTypes.Contains("prevent");
    });
}

public sealed class TypeModelValidator : AbstractValidator<TypeModel>
{
    public TypeModelValidator() =>
        RuleFor(m => m.ConcernTypes).NotEmpty().WithMessage("Select whether the concern is about modern slavery, Prevent or both")
            .Must(types => types.All(t => t is "modern-slavery" or "prevent")).WithMessage("Select from the list");
}
