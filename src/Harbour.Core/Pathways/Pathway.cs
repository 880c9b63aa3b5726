namespace Harbour.Core.Pathways;

public enum PathwayKind
{
    NationalReferralMechanism,

    /// <summary>Prevent: police gateway assessment, then the Channel panel, support, exit and reviews.</summary>
    Channel,

    /// <summary>A Care Act 2014 section 42 safeguarding enquiry for an adult.</summary>
    CareActEnquiry,

    /// <summary>A referral to children's social care (Children Act 1989 sections 17 and 47).</summary>
    ChildrensServicesReferral,
}

public enum CompetentAuthority
{
    SingleCompetentAuthority,
    ImmigrationEnforcementCompetentAuthority,
}

public enum NrmState
{
    /// <summary>An adult's informed consent is needed before anything is sent.</summary>
    AwaitingConsent,

    /// <summary>Ready to submit (consent given, or a child, who needs none).</summary>
    ReadyToSubmit,

    /// <summary>Submitted; a Reasonable Grounds decision is due within 5 working days.</summary>
    AwaitingReasonableGrounds,

    /// <summary>Positive Reasonable Grounds: recovery period running, Conclusive Grounds awaited.</summary>
    AwaitingConclusiveGrounds,

    ReasonableGroundsNegative,

    ReconsiderationRequested,

    ConclusiveGroundsPositive,

    ConclusiveGroundsNegative,

    /// <summary>An adult said no: the NRM cannot go ahead; a Duty to Notify report is the route instead.</summary>
    ConsentRefused,

    Withdrawn,
}

public enum NrmTrigger
{
    GiveConsent,
    RefuseConsent,
    Submit,
    PositiveReasonableGrounds,
    NegativeReasonableGrounds,
    PositiveConclusiveGrounds,
    NegativeConclusiveGrounds,
    RequestReconsideration,
    Withdraw,
}

/// <summary>What the NRM referral records, as the Home Office form and decisions give it.</summary>
public sealed class NrmDetails
{
    public bool IsChild { get; set; }

    public string? ConsentExplainedBy { get; set; }

    public DateOnly? ConsentExplainedOn { get; set; }

    public bool? InterpreterUsed { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    public CompetentAuthority? CompetentAuthority { get; set; }

    public string? AuthorityReference { get; set; }

    public DateOnly? ReasonableGroundsDueOn { get; set; }

    public DateOnly? ReasonableGroundsOn { get; set; }

    /// <summary>At least 30 calendar days from a positive Reasonable Grounds decision.</summary>
    public DateOnly? RecoveryPeriodEndsOn { get; set; }

    public DateOnly? ConclusiveGroundsOn { get; set; }

    public DateOnly? ReconsiderationRequestedOn { get; set; }

    public string? SupportProvider { get; set; }
}

/// <summary>
/// A statutory pathway on a case (NRM, Channel, Care Act enquiry or children's-services referral). Its state moves only through allowed transitions, each kept in the history
/// with who, when and why.
/// </summary>
public sealed class Pathway
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public PathwayKind Kind { get; set; }

    /// <summary>Meaningful only for an NRM pathway.</summary>
    public NrmState NrmState { get; set; }

    public NrmDetails Nrm { get; set; } = new();

    /// <summary>Set only for a Channel pathway.</summary>
    public ChannelState? ChannelState { get; set; }

    public ChannelDetails Channel { get; set; } = new();

    /// <summary>Set only for a Care Act enquiry or a children's-services referral.</summary>
    public SafeguardingReferralState? ReferralState { get; set; }

    public SafeguardingReferralDetails Referral { get; set; } = new();

    public DateTime CreatedAt { get; set; }

    public Guid CreatedByUserId { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<PathwayTransition> History { get; set; } = [];
}

public sealed class PathwayTransition
{
    public Guid Id { get; set; }

    public Guid PathwayId { get; set; }

    public required string From { get; set; }

    public required string To { get; set; }

    public required string Trigger { get; set; }

    public Guid UserId { get; set; }

    public DateTime OccurredAt { get; set; }

    public string? Reason { get; set; }
}
