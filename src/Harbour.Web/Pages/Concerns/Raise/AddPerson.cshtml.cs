using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

public sealed class AddPersonModel(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public string? Vehicles { get; set; }

    [BindProperty]
    public string? Business { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    public static IReadOnlyList<Choice> Roles { get; } = Enum.GetValues<InvolvementRole>()
        .Select(r => new Choice(r.ToString(), ConcernText.Involvement(r))).ToList();

    protected override void Load(Concern draft)
    {
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync("other-people", c =>
    {
        c.OtherPeopleKnown = true;
        c.OtherPeople.Add(new InvolvedPerson
        {
            Id = Guid.NewGuid(),
            Role = Enum.Parse<InvolvementRole>(Role!),
            Name = Clean(Name),
            Phone = Identifiers.Phone(Phone),
            Address = Clean(Address),
            Postcode = Identifiers.Postcode(Postcode),
            VehicleRegistrations = VehicleList(Vehicles).Select(v => Identifiers.VehicleRegistration(v)!).Distinct().ToList(),
            Business = Clean(Business),
            Notes = Clean(Notes),
        });
    }, $"/concerns/{Id}/other-people");

    public static IEnumerable<string> VehicleList(string? vehicles) =>
        (vehicles ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class AddPersonModelValidator : AbstractValidator<AddPersonModel>
{
    public AddPersonModelValidator()
    {
        RuleFor(m => m.Role).Must(v => Enum.TryParse<InvolvementRole>(v, out _)).WithMessage("Select how they are involved");
        RuleFor(m => m).Must(m => new[] { m.Name, m.Phone, m.Address, m.Vehicles, m.Business, m.Notes }.Any(v => !string.IsNullOrWhiteSpace(v)))
            .OverridePropertyName("Name").WithMessage("Enter their name, or something else you know about them");
        RuleFor(m => m.Name).SafeText("Name", 200);
        RuleFor(m => m.Phone).Must(v => string.IsNullOrWhiteSpace(v) || Identifiers.Phone(v) is not null).WithMessage(Identifiers.PhoneError);
        RuleFor(m => m.Address).SafeText("Address", 1_000);
        RuleFor(m => m.Postcode).Must(v => string.IsNullOrWhiteSpace(v) || Identifiers.Postcode(v) is not null).WithMessage(Identifiers.PostcodeError);
        RuleFor(m => m.Vehicles).Must(v => AddPersonModel.VehicleList(v).All(r => Identifiers.VehicleRegistration(r) is not null)).WithMessage(Identifiers.VehicleError);
        RuleFor(m => m.Business).SafeText("Business", 500);
        RuleFor(m => m.Notes).SafeText("What else you know", 5_000);
    }
}
