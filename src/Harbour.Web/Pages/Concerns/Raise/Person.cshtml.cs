using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

public sealed class PersonModel(ConcernService concerns, TimeProvider time) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public string? GivenNames { get; set; }

    [BindProperty]
    public string? FamilyName { get; set; }

    [BindProperty]
    public string? Aliases { get; set; }

    [BindProperty]
    public string? AgeGroup { get; set; }

    [BindProperty]
    public string? DateOfBirthDay { get; set; }

    [BindProperty]
    public string? DateOfBirthMonth { get; set; }

    [BindProperty]
    public string? DateOfBirthYear { get; set; }

    [BindProperty]
    public string? ApproximateAge { get; set; }

    [BindProperty]
    public string? Gender { get; set; }

    public DateOnly Today { get; } = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public static IReadOnlyList<Choice> AgeGroups { get; } =
        [new("Adult", "Adult (18 or over)"), new("Child", "Child (under 18)"), new("NotKnown", "I do not know")];

    public static IReadOnlyList<Choice> Genders { get; } =
        [new("Female", "Female"), new("Male", "Male"), new("Other", "In another way"), new("NotKnown", "I do not know")];

    protected override void Load(Concern draft)
    {
        var person = draft.Person;
        GivenNames = person.GivenNames;
        FamilyName = person.FamilyName;
        Aliases = string.Join('\n', person.Aliases);
        AgeGroup = person.AgeGroup?.ToString();
        DateOfBirthDay = person.DateOfBirth?.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        DateOfBirthMonth = person.DateOfBirth?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        DateOfBirthYear = person.DateOfBirth?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ApproximateAge = person.ApproximateAge?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Gender = person.Gender;
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync("person", c =>
    {
        c.Person.GivenNames = Clean(GivenNames);
        c.Person.FamilyName = Clean(FamilyName);
        c.Person.Aliases = (Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        c.Person.AgeGroup = Enum.Parse<Harbour.Core.Concerns.AgeGroup>(AgeGroup!);
        c.Person.DateOfBirth = DateInput.Parse(DateOfBirthDay, DateOfBirthMonth, DateOfBirthYear);
        c.Person.ApproximateAge = int.TryParse(ApproximateAge, out var age) ? age : null;
        c.Person.Gender = Gender;
    });
}

public sealed class PersonModelValidator : AbstractValidator<PersonModel>
{
    public PersonModelValidator()
    {
        RuleFor(m => m.GivenNames).SafeText("Given names", 200);
        RuleFor(m => m.FamilyName).SafeText("Family name", 200);
        RuleFor(m => m.Aliases).SafeText("Other names", 2_000);
        RuleFor(m => m.AgeGroup).Must(v => Enum.TryParse<AgeGroup>(v, out _)).WithMessage("Select whether the person is an adult or a child, or that you do not know");
        RuleFor(m => m).Custom((model, context) =>
        {
            if (DateInput.IsBlank(model.DateOfBirthDay, model.DateOfBirthMonth, model.DateOfBirthYear))
            {
                return;
            }

            var date = DateInput.Parse(model.DateOfBirthDay, model.DateOfBirthMonth, model.DateOfBirthYear);
            var problem = date is null ? "Date of birth must be a real date" : ConcernRules.DateOfBirthProblem(date, model.Today);
            if (problem is not null)
            {
                context.AddFailure("DateOfBirth", problem);
            }
        });
        RuleFor(m => m.ApproximateAge)
            .Must(v => string.IsNullOrWhiteSpace(v) || (int.TryParse(v, out var age) && age is >= 0 and <= ConcernRules.OldestAge))
            .WithMessage($"Approximate age must be a whole number between 0 and {ConcernRules.OldestAge}");
        RuleFor(m => m.Gender).Must(v => v is null or "Female" or "Male" or "Other" or "NotKnown").WithMessage("Select from the list");
    }
}
