using FluentValidation;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Pathways;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Cases;

/// <summary>
/// Adult and child safeguarding: the case's Care Act section 42 enquiries and children's-services referrals, each
/// referred, accepted or not, and concluded with an outcome.
/// </summary>
public sealed class SafeguardingModel(CaseService cases, SafeguardingReferralService referrals) : CasePageModel(cases)
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? ReferredOnDay { get; set; }

    [BindProperty]
    public string? ReferredOnMonth { get; set; }

    [BindProperty]
    public string? ReferredOnYear { get; set; }

    [BindProperty]
    public string? ReferredTo { get; set; }

    [BindProperty]
    public string? TheirReference { get; set; }

    [BindProperty]
    public Guid? PathwayId { get; set; }

    [BindProperty]
    public string? Accepted { get; set; }

    [BindProperty]
    public string? DecidedOnDay { get; set; }

    [BindProperty]
    public string? DecidedOnMonth { get; set; }

    [BindProperty]
    public string? DecidedOnYear { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? NotAcceptedReason { get; set; }

    [BindProperty]
    public string? ConcludedOnDay { get; set; }

    [BindProperty]
    public string? ConcludedOnMonth { get; set; }

    [BindProperty]
    public string? ConcludedOnYear { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? OutcomeNotes { get; set; }

    public IReadOnlyList<Pathway> Referrals { get; private set; } = [];

    /// <summary>What this person can be referred for: a Care Act enquiry for an adult, children's services for a child, either when the age is not known.</summary>
    public IReadOnlyList<Choice> Kinds => Case.AgeGroup switch
    {
        AgeGroup.Adult => [KindChoice(PathwayKind.CareActEnquiry)],
        AgeGroup.Child => [KindChoice(PathwayKind.ChildrensServicesReferral)],
        _ => [KindChoice(PathwayKind.CareActEnquiry), KindChoice(PathwayKind.ChildrensServicesReferral)],
    };

    public static IReadOnlyList<Choice> YesNo { get; } = [new("yes", "Yes"), new("no", "No")];

    public static IReadOnlyList<Choice> Options(IReadOnlyList<ReferralOption> options) => options.Select(o => new Choice(o.Code, o.Text)).ToList();

    protected override async Task LoadAsync() => Referrals = await referrals.ForCaseAsync(Case.Id);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostReferAsync()
    {
        var kind = Enum.Parse<PathwayKind>(Kind!);
        await referrals.ReferAsync(Reference, new SafeguardingReferralRequest(kind, DateInput.Parse(ReferredOnDay, ReferredOnMonth, ReferredOnYear), ReferredTo, TheirReference),
            User.Scope(), HttpContext.Actor());
        return Done($"{SafeguardingReferralOptions.Name(kind)} recorded", "/safeguarding");
    }

    public async Task<IActionResult> OnPostDecisionAsync()
    {
        await referrals.RecordDecisionAsync(PathwayId ?? Guid.Empty, Accepted switch { "yes" => true, "no" => false, _ => null },
            DateInput.Parse(DecidedOnDay, DecidedOnMonth, DecidedOnYear), Decision, NotAcceptedReason, User.Scope(), HttpContext.Actor());
        return Done("Decision recorded", "/safeguarding");
    }

    public async Task<IActionResult> OnPostConcludeAsync()
    {
        await referrals.ConcludeAsync(PathwayId ?? Guid.Empty, DateInput.Parse(ConcludedOnDay, ConcludedOnMonth, ConcludedOnYear), Outcome, OutcomeNotes,
            User.Scope(), HttpContext.Actor());
        return Done("Outcome recorded", "/safeguarding");
    }

    private static Choice KindChoice(PathwayKind kind) => new(kind.ToString(), SafeguardingReferralOptions.Name(kind));
}

public sealed class SafeguardingModelValidator : AbstractValidator<SafeguardingModel>
{
    public SafeguardingModelValidator()
    {
        RuleSet("Refer", () =>
        {
            RuleFor(m => m.Kind).Must((m, v) => m.Kinds.Any(k => k.Value == v)).WithMessage("Select the kind of referral");
            RuleFor(m => m).Must(m => DateInput.Parse(m.ReferredOnDay, m.ReferredOnMonth, m.ReferredOnYear) is not null)
                .OverridePropertyName("ReferredOn").WithMessage("Enter the date of the referral, as a real date");
            RuleFor(m => m.ReferredTo).NotEmpty().WithMessage("Enter the team the referral went to");
            RuleFor(m => m.ReferredTo).SafeText("Team", 200);
            RuleFor(m => m.TheirReference).SafeText("Their reference", 100);
        });
        RuleSet("Decision", () =>
        {
            RuleFor(m => m.Accepted).Must(v => v is "yes" or "no").WithMessage("Select whether the referral was accepted");
            RuleFor(m => m).Must(m => DateInput.Parse(m.DecidedOnDay, m.DecidedOnMonth, m.DecidedOnYear) is not null)
                .OverridePropertyName("DecidedOn").WithMessage("Enter the date of the decision, as a real date");
            RuleFor(m => m.NotAcceptedReason).SafeText("Reason", 2_000);
        });
        RuleSet("Conclude", () =>
        {
            RuleFor(m => m.Outcome).NotEmpty().WithMessage("Select the outcome");
            RuleFor(m => m).Must(m => DateInput.Parse(m.ConcludedOnDay, m.ConcludedOnMonth, m.ConcludedOnYear) is not null)
                .OverridePropertyName("ConcludedOn").WithMessage("Enter the date it concluded, as a real date");
            RuleFor(m => m.OutcomeNotes).SafeText("Notes", 2_000);
        });
    }
}
