using FluentValidation;
using Harbour.Core.Cases;
using Harbour.Core.Pathways;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Cases.Channel;

/// <summary>Records a Channel panel meeting; while the panel has not decided, it says whether the case is adopted.</summary>
public sealed class MeetingModel(CaseService cases, ChannelService channel) : ChannelPageModel(cases, channel)
{
    [BindProperty]
    public string? HeldOnDay { get; set; }

    [BindProperty]
    public string? HeldOnMonth { get; set; }

    [BindProperty]
    public string? HeldOnYear { get; set; }

    [BindProperty]
    public string? Chair { get; set; }

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public string? Decisions { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    public bool AsksForDecision => Pathway?.ChannelState == ChannelState.AwaitingPanel;

    public IActionResult OnGet() => Pathway is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = AsksForDecision ? ChannelText.Parse<PanelOutcome>(Outcome) : null;
        await Channel.RecordPanelMeetingAsync(PathwayId,
            new PanelMeeting(DateInput.Parse(HeldOnDay, HeldOnMonth, HeldOnYear), Chair, Attendees, Decisions, outcome),
            User.Scope(), HttpContext.Actor());
        return Done(outcome == PanelOutcome.Adopt ? "Panel meeting recorded: the case is adopted" : "Panel meeting recorded", "/channel");
    }
}

public sealed class MeetingModelValidator : AbstractValidator<MeetingModel>
{
    public MeetingModelValidator()
    {
        RuleFor(m => m).Must(m => DateInput.Parse(m.HeldOnDay, m.HeldOnMonth, m.HeldOnYear) is not null)
            .OverridePropertyName("HeldOn").WithMessage("Enter the date of the meeting, as a real date");
        RuleFor(m => m.Chair).NotEmpty().WithMessage("Enter who chaired the meeting");
        RuleFor(m => m.Chair).SafeText("Chair", 200);
        RuleFor(m => m.Attendees).NotEmpty().WithMessage("Enter who attended");
        RuleFor(m => m.Attendees).SafeText("Attendees", 2_000);
        RuleFor(m => m.Decisions).NotEmpty().WithMessage("Enter what the panel decided");
        RuleFor(m => m.Decisions).SafeText("Decisions", 2_000);
        RuleFor(m => m.Outcome).Must(v => ChannelText.Parse<PanelOutcome>(v) is not null).When(m => m.AsksForDecision)
            .WithMessage("Select whether the panel adopted the case");
    }
}
