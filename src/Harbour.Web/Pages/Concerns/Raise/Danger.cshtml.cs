using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

/// <summary>Asked early: a "yes" goes to a page telling the referrer to call 999 now, before anything else.</summary>
public sealed class DangerModel(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public string? ImmediateDanger { get; set; }

    public static IReadOnlyList<Choice> Choices { get; } = [new("yes", "Yes"), new("no", "No")];

    protected override void Load(Concern draft) => ImmediateDanger = draft.ImmediateDanger switch { true => "yes", false => "no", _ => null };

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync()
    {
        var danger = ImmediateDanger == "yes";
        return SaveAsync("danger", c => c.ImmediateDanger = danger, danger ? $"/concerns/{Id}/call-999" : null);
    }
}

public sealed class DangerModelValidator : AbstractValidator<DangerModel>
{
    public DangerModelValidator() =>
        RuleFor(m => m.ImmediateDanger).Must(v => v is "yes" or "no").WithMessage("Select yes if anyone is in immediate danger");
}
