using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.Cases;
using Harbour.Core.Pathways;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Cases;

/// <summary>
/// Duty to Notify: what to send the Home Office for an adult who did not consent to the NRM, anonymous unless
/// they agree to be named, and the record that it was sent.
/// </summary>
public sealed class DutyToNotifyModel(CaseService cases, PathwayService pathways, ReferenceDataQueries referenceData) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = "";

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

    public Case Case { get; private set; } = null!;

    public IReadOnlyList<DutyToNotifyReport> Reports { get; private set; } = [];

    public string? AreaName { get; private set; }

    public bool CanAct => User.IsInRole(HarbourRoles.FirstResponder);

    public static IReadOnlyList<Choice> Naming { get; } =
    [
        new("yes", "Yes, they agree to be named"),
        new("no", "No, the report must be anonymous"),
    ];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var @case = await cases.GetAsync(Reference, User.Scope(), HttpContext.Actor());
        if (@case is null)
        {
            context.Result = NotFound();
            return;
        }

        Case = @case;
        Reports = await pathways.DutyToNotifyReportsAsync(@case.Id);
        AreaName = (await referenceData.GetAreasAsync()).FirstOrDefault(a => a.Id == @case.AreaId)?.Name;
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await pathways.RecordDutyToNotifyAsync(Reference, PersonAgreesToBeNamed switch { "yes" => true, "no" => false, _ => null },
            DateInput.Parse(SubmittedOnDay, SubmittedOnMonth, SubmittedOnYear), HomeOfficeReference, User.Scope(), HttpContext.Actor());
        TempData["Success"] = "Duty to Notify report recorded";
        return Redirect($"/cases/{Reference}/duty-to-notify");
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
