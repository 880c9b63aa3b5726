using FluentValidation;
using Harbour.Core.Cases;
using Harbour.Core.Pathways;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Cases.Channel;

/// <summary>
/// The case's Prevent referral and Channel support: where it has got to, everything recorded so far, and the form
/// that moves it on from here (gateway, consent, support plan, exit, reviews).
/// </summary>
public sealed class IndexModel(CaseService cases, ChannelService channel) : ChannelPageModel(cases, channel)
{
    [BindProperty]
    public string? AssessedOnDay { get; set; }

    [BindProperty]
    public string? AssessedOnMonth { get; set; }

    [BindProperty]
    public string? AssessedOnYear { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public string? SignpostedTo { get; set; }

    [BindProperty]
    public string? ConsentGiven { get; set; }

    [BindProperty]
    public string? ConsentGivenBy { get; set; }

    [BindProperty]
    public string? ParentOrGuardianName { get; set; }

    [BindProperty]
    public string? ConsentOnDay { get; set; }

    [BindProperty]
    public string? ConsentOnMonth { get; set; }

    [BindProperty]
    public string? ConsentOnYear { get; set; }

    [BindProperty]
    public string? Provider { get; set; }

    [BindProperty]
    public string? SupportAction { get; set; }

    [BindProperty]
    public string? StartsOnDay { get; set; }

    [BindProperty]
    public string? StartsOnMonth { get; set; }

    [BindProperty]
    public string? StartsOnYear { get; set; }

    [BindProperty]
    public Guid? ActionId { get; set; }

    [BindProperty]
    public string? ExitedOnDay { get; set; }

    [BindProperty]
    public string? ExitedOnMonth { get; set; }

    [BindProperty]
    public string? ExitedOnYear { get; set; }

    [BindProperty]
    public string? ExitSummary { get; set; }

    [BindProperty]
    public string? ReviewedOnDay { get; set; }

    [BindProperty]
    public string? ReviewedOnMonth { get; set; }

    [BindProperty]
    public string? ReviewedOnYear { get; set; }

    [BindProperty]
    public string? ReviewNotes { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public static IReadOnlyList<Choice> YesNo { get; } = [new("yes", "Yes"), new("no", "No")];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        await Channel.StartAsync(Reference, User.Scope(), HttpContext.Actor());
        return Done("Prevent referral started", "/channel/referral");
    }

    public async Task<IActionResult> OnPostGatewayAsync()
    {
        await Channel.RecordGatewayAsync(PathwayId,
            new GatewayAssessment(DateInput.Parse(AssessedOnDay, AssessedOnMonth, AssessedOnYear), ChannelText.Parse<GatewayOutcome>(Outcome), Rationale, SignpostedTo),
            User.Scope(), HttpContext.Actor());
        return Done("Gateway assessment recorded", "/channel");
    }

    public async Task<IActionResult> OnPostConsentAsync()
    {
        await Channel.RecordConsentAsync(PathwayId,
            new ChannelConsent(ConsentGiven switch { "yes" => true, "no" => false, _ => null }, ChannelText.Parse<ChannelConsentBy>(ConsentGivenBy),
                ParentOrGuardianName, DateInput.Parse(ConsentOnDay, ConsentOnMonth, ConsentOnYear)),
            User.Scope(), HttpContext.Actor());
        return Done(ConsentGiven == "no" ? "Consent refused recorded" : "Consent recorded: support can start", "/channel");
    }

    public async Task<IActionResult> OnPostAddActionAsync()
    {
        await Channel.AddSupportActionAsync(PathwayId, Provider, SupportAction, DateInput.Parse(StartsOnDay, StartsOnMonth, StartsOnYear), User.Scope(), HttpContext.Actor());
        return Done("Added to the support plan", "/channel");
    }

    public async Task<IActionResult> OnPostCompleteActionAsync()
    {
        await Channel.CompleteSupportActionAsync(PathwayId, ActionId ?? Guid.Empty, User.Scope(), HttpContext.Actor());
        return Done("Support plan action marked as done", "/channel");
    }

    public async Task<IActionResult> OnPostExitAsync()
    {
        await Channel.ExitAsync(PathwayId, DateInput.Parse(ExitedOnDay, ExitedOnMonth, ExitedOnYear), ExitSummary, User.Scope(), HttpContext.Actor());
        return Done("Exit recorded: reviews at 6 and 12 months added as tasks", "/channel");
    }

    public async Task<IActionResult> OnPostReviewAsync()
    {
        var first = Pathway?.ChannelState == ChannelState.AwaitingSixMonthReview;
        await Channel.RecordReviewAsync(PathwayId, DateInput.Parse(ReviewedOnDay, ReviewedOnMonth, ReviewedOnYear), ReviewNotes, User.Scope(), HttpContext.Actor());
        return Done(first ? "6-month review recorded" : "12-month review recorded", "/channel");
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        await Channel.WithdrawAsync(PathwayId, Reason, User.Scope(), HttpContext.Actor());
        return Done("Withdrawal recorded", "/channel");
    }
}

public sealed class IndexModelValidator : AbstractValidator<IndexModel>
{
    public IndexModelValidator()
    {
        RuleSet("Gateway", () =>
        {
            RuleFor(m => m).Must(m => DateInput.Parse(m.AssessedOnDay, m.AssessedOnMonth, m.AssessedOnYear) is not null)
                .OverridePropertyName("AssessedOn").WithMessage("Enter the date of the assessment, as a real date");
            RuleFor(m => m.Outcome).Must(v => ChannelText.Parse<GatewayOutcome>(v) is not null).WithMessage("Select the outcome of the gateway assessment");
            RuleFor(m => m.Rationale).NotEmpty().WithMessage("Enter the reasons for the outcome");
            RuleFor(m => m.Rationale).SafeText("Reasons", 2_000);
            RuleFor(m => m.SignpostedTo).SafeText("Signposted to", 500);
        });
        RuleSet("Consent", () =>
        {
            RuleFor(m => m.ConsentGiven).Must(v => v is "yes" or "no").WithMessage("Select whether consent to Channel support was given");
            RuleFor(m => m.ConsentGivenBy).Must(v => ChannelText.Parse<ChannelConsentBy>(v) is not null).WithMessage("Select who answered");
            RuleFor(m => m.ParentOrGuardianName).SafeText("Name", 200);
            RuleFor(m => m).Must(m => DateInput.Parse(m.ConsentOnDay, m.ConsentOnMonth, m.ConsentOnYear) is not null)
                .OverridePropertyName("ConsentOn").WithMessage("Enter the date of the answer, as a real date");
        });
        RuleSet("AddAction", () =>
        {
            RuleFor(m => m.Provider).NotEmpty().WithMessage("Enter the intervention provider");
            RuleFor(m => m.Provider).SafeText("Provider", 200);
            RuleFor(m => m.SupportAction).NotEmpty().WithMessage("Enter what the provider will do");
            RuleFor(m => m.SupportAction).SafeText("Action", 2_000);
            RuleFor(m => m).Must(m => DateInput.IsBlank(m.StartsOnDay, m.StartsOnMonth, m.StartsOnYear) || DateInput.Parse(m.StartsOnDay, m.StartsOnMonth, m.StartsOnYear) is not null)
                .OverridePropertyName("StartsOn").WithMessage("Enter the start date as a real date, or leave it blank");
        });
        RuleSet("Exit", () =>
        {
            RuleFor(m => m).Must(m => DateInput.Parse(m.ExitedOnDay, m.ExitedOnMonth, m.ExitedOnYear) is not null)
                .OverridePropertyName("ExitedOn").WithMessage("Enter the date of exit, as a real date");
            RuleFor(m => m.ExitSummary).NotEmpty().WithMessage("Enter why the person is leaving Channel and how they are now");
            RuleFor(m => m.ExitSummary).SafeText("Summary", 2_000);
        });
        RuleSet("Review", () =>
        {
            RuleFor(m => m).Must(m => DateInput.Parse(m.ReviewedOnDay, m.ReviewedOnMonth, m.ReviewedOnYear) is not null)
                .OverridePropertyName("ReviewedOn").WithMessage("Enter the date of the review, as a real date");
            RuleFor(m => m.ReviewNotes).NotEmpty().WithMessage("Enter what the review found");
            RuleFor(m => m.ReviewNotes).SafeText("Review", 2_000);
        });
        RuleSet("Withdraw", () =>
        {
            RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why the person is withdrawing");
            RuleFor(m => m.Reason).SafeText("Reason", 2_000);
        });
    }
}
