using FluentValidation;
using Harbour.Core.Cases;
using Harbour.Core.Pathways;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Cases.Channel;

/// <summary>The Prevent referral's details: type of concern, online activity, contacts, threats, needs and other agencies.</summary>
public sealed class ReferralModel(CaseService cases, ChannelService channel) : ChannelPageModel(cases, channel)
{
    [BindProperty]
    public string? ConcernType { get; set; }

    [BindProperty]
    public string? ReferringSector { get; set; }

    [BindProperty]
    public string? IdeologyOrCause { get; set; }

    [BindProperty]
    public string? OnlineActivity { get; set; }

    [BindProperty]
    public string? WorryingContacts { get; set; }

    [BindProperty]
    public string? Threats { get; set; }

    [BindProperty]
    public string? HasSpecialEducationalNeedsOrDisability { get; set; }

    [BindProperty]
    public string? SpecialEducationalNeedsDetails { get; set; }

    [BindProperty]
    public string? OtherAgenciesInvolved { get; set; }

    public IActionResult OnGet()
    {
        if (Pathway?.Channel is not { } details)
        {
            return NotFound();
        }

        ConcernType = details.ConcernType?.ToString();
        ReferringSector = details.ReferringSector?.ToString();
        IdeologyOrCause = details.IdeologyOrCause;
        OnlineActivity = details.OnlineActivity;
        WorryingContacts = details.WorryingContacts;
        Threats = details.Threats;
        HasSpecialEducationalNeedsOrDisability = details.HasSpecialEducationalNeedsOrDisability switch { true => "yes", false => "no", _ => null };
        SpecialEducationalNeedsDetails = details.SpecialEducationalNeedsDetails;
        OtherAgenciesInvolved = details.OtherAgenciesInvolved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Channel.UpdateReferralAsync(PathwayId, new ChannelReferral(
            ChannelText.Parse<Harbour.Core.Concerns.PreventConcernType>(ConcernType), ChannelText.Parse<Harbour.Core.Pathways.ReferringSector>(ReferringSector),
            IdeologyOrCause, OnlineActivity, WorryingContacts, Threats,
            HasSpecialEducationalNeedsOrDisability switch { "yes" => true, "no" => false, _ => null }, SpecialEducationalNeedsDetails, OtherAgenciesInvolved),
            User.Scope(), HttpContext.Actor());
        return Done("Referral details saved", "/channel");
    }
}

public sealed class ReferralModelValidator : AbstractValidator<ReferralModel>
{
    public ReferralModelValidator()
    {
        RuleFor(m => m.ConcernType).Must(v => ChannelText.Parse<Harbour.Core.Concerns.PreventConcernType>(v) is not null).WithMessage("Select the type of concern");
        RuleFor(m => m.ReferringSector).Must(v => ChannelText.Parse<ReferringSector>(v) is not null).WithMessage("Select the sector the referral came from");
        RuleFor(m => m.IdeologyOrCause).SafeText("Ideology or cause", 2_000);
        RuleFor(m => m.OnlineActivity).SafeText("Online activity", 2_000);
        RuleFor(m => m.WorryingContacts).SafeText("Worrying contacts", 2_000);
        RuleFor(m => m.Threats).SafeText("Threats", 2_000);
        RuleFor(m => m.HasSpecialEducationalNeedsOrDisability).Must(v => v is "yes" or "no")
            .WithMessage("Select whether the person has special educational needs or a disability");
        RuleFor(m => m.SpecialEducationalNeedsDetails).NotEmpty().When(m => m.HasSpecialEducationalNeedsOrDisability == "yes")
            .WithMessage("Enter the special educational needs or disability");
        RuleFor(m => m.SpecialEducationalNeedsDetails).SafeText("Special educational needs or disability", 2_000);
        RuleFor(m => m.OtherAgenciesInvolved).SafeText("Other agencies involved", 2_000);
    }
}
