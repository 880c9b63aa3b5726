using FluentValidation;
using Harbour.Core.Accounts;
using Harbour.Core.Cases;
using Harbour.Core.Pathways;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Cases;

/// <summary>
/// The case's National Referral Mechanism referral: where it has got to, the deadlines, its history, and the one
/// form that moves it on from here. Only a First responder of a First Responder Organisation sees the forms.
/// </summary>
public sealed class NrmModel(CaseService cases, PathwayService pathways) : CasePageModel(cases)
{
    [BindProperty]
    public string? ConsentGiven { get; set; }

    [BindProperty]
    public string? ConsentExplainedBy { get; set; }

    [BindProperty]
    public string? ConsentExplainedOnDay { get; set; }

    [BindProperty]
    public string? ConsentExplainedOnMonth { get; set; }

    [BindProperty]
    public string? ConsentExplainedOnYear { get; set; }

    [BindProperty]
    public string? InterpreterUsed { get; set; }

    [BindProperty]
    public string? SubmittedOnDay { get; set; }

    [BindProperty]
    public string? SubmittedOnMonth { get; set; }

    [BindProperty]
    public string? SubmittedOnYear { get; set; }

    [BindProperty]
    public string? CompetentAuthority { get; set; }

    [BindProperty]
    public string? AuthorityReference { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? DecidedOnDay { get; set; }

    [BindProperty]
    public string? DecidedOnMonth { get; set; }

    [BindProperty]
    public string? DecidedOnYear { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Pathway? Referral { get; private set; }

    public bool CanAct => User.IsInRole(HarbourRoles.FirstResponder);

    public static IReadOnlyList<Choice> YesNo { get; } = [new("yes", "Yes"), new("no", "No")];

    public static IReadOnlyList<Choice> Authorities { get; } =
    [
        new(nameof(Harbour.Core.Pathways.CompetentAuthority.SingleCompetentAuthority), "Single Competent Authority"),
        new(nameof(Harbour.Core.Pathways.CompetentAuthority.ImmigrationEnforcementCompetentAuthority), "Immigration Enforcement Competent Authority"),
    ];

    public static IReadOnlyList<Choice> Outcomes { get; } = [new("positive", "Positive"), new("negative", "Negative")];

    protected override async Task LoadAsync() =>
        Referral = (await pathways.ForCaseAsync(Case.Id)).LastOrDefault(p => p.Kind == PathwayKind.NationalReferralMechanism);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        await pathways.StartNrmAsync(Reference, User.Scope(), HttpContext.Actor());
        return Done("NRM referral started", "/nrm");
    }

    public async Task<IActionResult> OnPostConsentAsync()
    {
        await pathways.RecordConsentAsync(Referral!.Id, ConsentGiven switch { "yes" => true, "no" => false, _ => null }, ConsentExplainedBy,
            DateInput.Parse(ConsentExplainedOnDay, ConsentExplainedOnMonth, ConsentExplainedOnYear),
            InterpreterUsed switch { "yes" => true, "no" => false, _ => null }, User.Scope(), HttpContext.Actor());
        return Done(ConsentGiven == "no" ? "Consent refused recorded. Make a Duty to Notify report instead" : "Consent recorded", "/nrm");
    }

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        await pathways.SubmitAsync(Referral!.Id, DateInput.Parse(SubmittedOnDay, SubmittedOnMonth, SubmittedOnYear),
            Enum.TryParse<CompetentAuthority>(CompetentAuthority, out var authority) ? authority : null, AuthorityReference, User.Scope(), HttpContext.Actor());
        return Done("Submission recorded", "/nrm");
    }

    public async Task<IActionResult> OnPostReasonableGroundsAsync()
    {
        await pathways.RecordReasonableGroundsAsync(Referral!.Id, Outcome == "positive", DateInput.Parse(DecidedOnDay, DecidedOnMonth, DecidedOnYear), User.Scope(), HttpContext.Actor());
        return Done("Reasonable Grounds decision recorded", "/nrm");
    }

    public async Task<IActionResult> OnPostConclusiveGroundsAsync()
    {
        await pathways.RecordConclusiveGroundsAsync(Referral!.Id, Outcome == "positive", DateInput.Parse(DecidedOnDay, DecidedOnMonth, DecidedOnYear), User.Scope(), HttpContext.Actor());
        return Done("Conclusive Grounds decision recorded", "/nrm");
    }

    public async Task<IActionResult> OnPostReconsiderAsync()
    {
        await pathways.RequestReconsiderationAsync(Referral!.Id, DateInput.Parse(DecidedOnDay, DecidedOnMonth, DecidedOnYear), Reason, User.Scope(), HttpContext.Actor());
        return Done("Reconsideration request recorded", "/nrm");
    }
}

public sealed class NrmModelValidator : AbstractValidator<NrmModel>
{
    public NrmModelValidator()
    {
        RuleSet("Consent", () =>
        {
            RuleFor(m => m.ConsentGiven).Must(v => v is "yes" or "no").WithMessage("Select whether the person gave informed consent");
            RuleFor(m => m.ConsentExplainedBy).NotEmpty().WithMessage("Enter who explained the NRM to the person");
            RuleFor(m => m.ConsentExplainedBy).SafeText("Who explained it", 200);
            RuleFor(m => m).Must(m => DateInput.Parse(m.ConsentExplainedOnDay, m.ConsentExplainedOnMonth, m.ConsentExplainedOnYear) is not null)
                .OverridePropertyName("ConsentExplainedOn").WithMessage("Enter the date the NRM was explained, as a real date");
            RuleFor(m => m.InterpreterUsed).Must(v => v is "yes" or "no").WithMessage("Select yes if an interpreter was used");
        });
        RuleSet("Submit", () =>
        {
            RuleFor(m => m).Must(m => DateInput.Parse(m.SubmittedOnDay, m.SubmittedOnMonth, m.SubmittedOnYear) is not null)
                .OverridePropertyName("SubmittedOn").WithMessage("Enter the date the referral was submitted, as a real date");
            RuleFor(m => m.CompetentAuthority).NotEmpty().WithMessage("Select the competent authority that will decide");
            RuleFor(m => m.AuthorityReference).SafeText("Reference", 100);
        });
        foreach (var decision in new[] { "ReasonableGrounds", "ConclusiveGrounds" })
        {
            RuleSet(decision, () =>
            {
                RuleFor(m => m.Outcome).Must(v => v is "positive" or "negative").WithMessage("Select the decision");
                RuleFor(m => m).Must(m => DateInput.Parse(m.DecidedOnDay, m.DecidedOnMonth, m.DecidedOnYear) is not null)
                    .OverridePropertyName("DecidedOn").WithMessage("Enter the date of the decision, as a real date");
            });
        }

        RuleSet("Reconsider", () =>
        {
            RuleFor(m => m).Must(m => DateInput.Parse(m.DecidedOnDay, m.DecidedOnMonth, m.DecidedOnYear) is not null)
                .OverridePropertyName("DecidedOn").WithMessage("Enter the date reconsideration was asked for, as a real date");
            RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why the decision should be reconsidered");
            RuleFor(m => m.Reason).SafeText("Reason", 2_000);
        });
    }
}
