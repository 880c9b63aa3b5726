using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

public sealed class PersonContactModel(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public string? Nationality { get; set; }

    [BindProperty]
    public string? Languages { get; set; }

    [BindProperty]
    public string? InterpreterNeeded { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public string? CurrentLocation { get; set; }

    public static IReadOnlyList<Choice> Nationalities { get; } = Countries.All.Select(c => new Choice(c.Code, c.Name)).ToList();

    public static IReadOnlyList<Choice> InterpreterChoices { get; } = [new("yes", "Yes"), new("no", "No")];

    protected override void Load(Concern draft)
    {
        var person = draft.Person;
        Nationality = person.Nationality;
        Languages = string.Join(", ", person.Languages);
        InterpreterNeeded = person.InterpreterNeeded switch { true => "yes", false => "no", _ => null };
        Phone = person.Phone;
        Address = person.Address;
        Postcode = person.Postcode;
        CurrentLocation = person.CurrentLocation;
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync("person-contact", c =>
    {
        c.Person.Nationality = string.IsNullOrEmpty(Nationality) ? null : Nationality;
        c.Person.Languages = (Languages ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        c.Person.InterpreterNeeded = InterpreterNeeded switch { "yes" => true, "no" => false, _ => null };
        c.Person.Phone = Identifiers.Phone(Phone);
        c.Person.Address = Clean(Address);
        c.Person.Postcode = Identifiers.Postcode(Postcode);
        c.Person.CurrentLocation = Clean(CurrentLocation);
    });
}

public sealed class PersonContactModelValidator : AbstractValidator<PersonContactModel>
{
    public PersonContactModelValidator()
    {
        RuleFor(m => m.Nationality).Must(v => string.IsNullOrEmpty(v) || Countries.IsKnown(v)).WithMessage("Select a nationality from the list");
        RuleFor(m => m.Languages).SafeText("Languages", 500);
        RuleFor(m => m.InterpreterNeeded).Must(v => v is "yes" or "no").WithMessage("Select yes if they need an interpreter");
        RuleFor(m => m.Phone).Must(v => string.IsNullOrWhiteSpace(v) || Identifiers.Phone(v) is not null).WithMessage(Identifiers.PhoneError);
        RuleFor(m => m.Address).SafeText("Address", 1_000);
        RuleFor(m => m.Postcode).Must(v => string.IsNullOrWhiteSpace(v) || Identifiers.Postcode(v) is not null).WithMessage(Identifiers.PostcodeError);
        RuleFor(m => m.CurrentLocation).SafeText("Where they are now", 1_000);
    }
}
