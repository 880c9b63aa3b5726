using Stateless;

namespace Harbour.Core.Pathways;

public enum SafeguardingReferralState
{
    Referred,

    /// <summary>Accepted: the enquiry or assessment is under way.</summary>
    Accepted,

    NotAccepted,

    Concluded,
}

public enum SafeguardingReferralTrigger
{
    Accept,
    Decline,
    Conclude,
}

/// <summary>A Care Act section 42 enquiry or a children's-services referral: referral, decision, outcome and dates.</summary>
public sealed class SafeguardingReferralDetails
{
    public DateOnly? ReferredOn { get; set; }

    /// <summary>The team referred to, for example "Southampton Children's Services MASH".</summary>
    public string? ReferredTo { get; set; }

    public string? TheirReference { get; set; }

    public DateOnly? DecidedOn { get; set; }

    /// <summary>A code from <see cref="SafeguardingReferralOptions.Decisions"/> for the pathway's kind.</summary>
    public string? Decision { get; set; }

    public string? NotAcceptedReason { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    /// <summary>A code from <see cref="SafeguardingReferralOptions.Outcomes"/> for the pathway's kind.</summary>
    public string? Outcome { get; set; }

    public string? OutcomeNotes { get; set; }
}

public sealed record ReferralOption(string Code, string Text);

/// <summary>What an enquiry or assessment can be, and how it can end, in the terms the statutory returns use.</summary>
public static class SafeguardingReferralOptions
{
    public static IReadOnlyList<ReferralOption> Decisions(PathwayKind kind) => kind switch
    {
        PathwayKind.CareActEnquiry =>
        [
            new("section-42", "Section 42 enquiry"),
            new("other-enquiry", "Other safeguarding enquiry (not under section 42)"),
        ],
        PathwayKind.ChildrensServicesReferral =>
        [
            new("section-17", "Child and family assessment (child in need, section 17)"),
            new("section-47", "Child protection enquiry (section 47)"),
            new("early-help", "Early help"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a safeguarding referral."),
    };

    public static IReadOnlyList<ReferralOption> Outcomes(PathwayKind kind) => kind switch
    {
        PathwayKind.CareActEnquiry =>
        [
            new("risk-removed", "Risk removed"),
            new("risk-reduced", "Risk reduced"),
            new("risk-remains", "Risk remains"),
            new("no-risk", "No risk identified"),
            new("inconclusive", "Risk assessment inconclusive"),
        ],
        PathwayKind.ChildrensServicesReferral =>
        [
            new("child-protection-plan", "Child protection plan"),
            new("child-in-need-plan", "Child in need plan"),
            new("looked-after", "Looked after by the local authority"),
            new("early-help", "Early help"),
            new("no-further-action", "No further action"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a safeguarding referral."),
    };

    public static string Name(PathwayKind kind) => kind switch
    {
        PathwayKind.CareActEnquiry => "Care Act section 42 enquiry",
        PathwayKind.ChildrensServicesReferral => "Children's services referral",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a safeguarding referral."),
    };

    public static string? TextOf(IReadOnlyList<ReferralOption> options, string? code) =>
        options.FirstOrDefault(o => o.Code == code)?.Text;
}

public static class SafeguardingReferralStateMachine
{
    public static StateMachine<SafeguardingReferralState, SafeguardingReferralTrigger> For(Pathway pathway)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        var machine = new StateMachine<SafeguardingReferralState, SafeguardingReferralTrigger>(
            () => pathway.ReferralState ?? throw new InvalidOperationException("Not a safeguarding referral."),
            state => pathway.ReferralState = state);
        machine.Configure(SafeguardingReferralState.Referred)
            .Permit(SafeguardingReferralTrigger.Accept, SafeguardingReferralState.Accepted)
            .Permit(SafeguardingReferralTrigger.Decline, SafeguardingReferralState.NotAccepted);
        machine.Configure(SafeguardingReferralState.Accepted)
            .Permit(SafeguardingReferralTrigger.Conclude, SafeguardingReferralState.Concluded);
        machine.OnUnhandledTrigger((state, trigger) => throw new ValidationFailedException("Transition", Refusal(state, trigger)));
        return machine;
    }

    public static string Refusal(SafeguardingReferralState state, SafeguardingReferralTrigger trigger) => trigger switch
    {
        SafeguardingReferralTrigger.Accept or SafeguardingReferralTrigger.Decline => "The decision on this referral has already been recorded",
        SafeguardingReferralTrigger.Conclude when state == SafeguardingReferralState.Referred => "Record whether the referral was accepted before its outcome",
        SafeguardingReferralTrigger.Conclude => "Only an accepted referral can have an outcome",
        _ => "That is not possible at this stage of the referral",
    };
}
