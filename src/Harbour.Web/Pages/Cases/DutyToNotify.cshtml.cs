using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.Cases;
using Harbour.Core.Pathways;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Cases;

/// <summary>
/// Duty to Notify: what to send the Home Office for an adult who did not consent to the NRM, anonymous unless
/// they agree to be named, and the record that it was sent.
/// </summary>
public sealed class DutyToNotifyModel(CaseService cases, PathwayService pathways, ReferenceDataQueries referenceData) : CasePageModel(cases)
{
    [BindProperty]
    public string? PersonAgreesToBeNamed { get; set; }

    [BindProperty]
    public string? SubmittedOnDay { get; set; }

    [BindProperty]
    public string? SubmittedOnMonth { get; set; }

    [BindProperty]
    public string? SubmittedOnYear { get; set; }

    [BindProperty]
    public string? HomeOfficeReference { get; set; }

    public IReadOnlyList<DutyToNotifyReport> Reports { get; private set; } = [];

    public string? AreaName { get; private set; }

    public bool CanAct => User.IsInRole(HarbourRoles.FirstResponder);

    public static IReadOnlyList<Choice> Naming { get; } =
    [
        new("yes", "Yes, they agree to be named"),
        new("no", "No, the report must be anonymous"),
    ];

    protected override async Task LoadAsync()
    {
        Reports = await pathways.DutyToNotifyReportsAsync(Case.Id);
        AreaName = (await referenceData.GetAreasAsync()).FirstOrDefault(a => a.Id == Case.AreaId)?.Name;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await pathways.RecordDutyToNotifyAsync(Reference, PersonAgreesToBeNamed switch { "yes" => true, "no" => false, _ => null },
            DateInput.Parse(SubmittedOnDay, SubmittedOnMonth, SubmittedOnYear), HomeOfficeReference, User.Scope(), HttpContext.Actor());
        return Done("Duty to Notify report recorded", "/duty-to-notify");
    }
}

public sealed class DutyToNotifyModelValidator : AbstractValidator<DutyToNotifyModel>
{
    public DutyToNotifyModelValidator()
    {
        RuleFor(m => m.PersonAgreesToBeNamed).Must(v => v is "yes" or "no").WithMessage("Select whether the person agrees to be named in the report");
        RuleFor(m => m).Must(m => DateInput.Parse(m.SubmittedOnDay, m.SubmittedOnMonth, m.SubmittedOnYear) is not null)
            .OverridePropertyName("SubmittedOn").WithMessage("Enter the date the report was submitted, as a real date");
        RuleFor(m => m.HomeOfficeReference).SafeText("Reference", 100);
    }
}
