using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

/// <summary>Whether other people are involved, and the list of them (added one at a time on the next page).</summary>
public sealed class OtherPeopleModel(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public string? OtherPeopleKnown { get; set; }

    public static IReadOnlyList<Choice> Choices { get; } = [new("yes", "Yes"), new("no", "No")];

    protected override void Load(Concern draft) =>
        OtherPeopleKnown = draft.OtherPeopleKnown switch { true => "yes", false => "no", _ => null };

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync()
    {
        var known = OtherPeopleKnown == "yes";
        var next = known && Draft.OtherPeople.Count == 0 ? $"/concerns/{Id}/other-people/add" : null;
        return SaveAsync("other-people", c =>
        {
            c.OtherPeopleKnown = known;
            if (!known)
            {
                c.OtherPeople.Clear();
            }
        }, next);
    }

    public Task<IActionResult> OnPostRemoveAsync(Guid personId) =>
        SaveAsync("other-people", c => c.OtherPeople.RemoveAll(p => p.Id == personId), $"/concerns/{Id}/other-people");
}

public sealed class OtherPeopleModelValidator : AbstractValidator<OtherPeopleModel>
{
    public OtherPeopleModelValidator() =>
        RuleFor(m => m.OtherPeopleKnown).Must(v => v is "yes" or "no").WithMessage("Select yes if you know of other people involved");
}
