using Harbour.Core.Concerns;

namespace Harbour.Core.Pathways;

public enum ChannelState
{
    /// <summary>Referral details being gathered; the police gateway assessment is next.</summary>
    Referred,

    /// <summary>The gateway sent it to the Channel panel, which has not yet decided.</summary>
    AwaitingPanel,

    /// <summary>Adopted by the panel: Channel is voluntary, so consent is needed before support starts.</summary>
    AwaitingConsent,

    SupportInProgress,

    /// <summary>Left Channel; reviews are due 6 and 12 months after exit.</summary>
    AwaitingSixMonthReview,

    AwaitingTwelveMonthReview,

    Completed,

    NoFurtherAction,

    Signposted,

    NotAdopted,

    ConsentRefused,

    Withdrawn,
}

public enum ChannelTrigger
{
    GatewayNoFurtherAction,
    GatewaySignpost,
    GatewayToPanel,
    Adopt,
    NotAdopt,
    GiveConsent,
    RefuseConsent,
    Exit,
    SixMonthReview,
    TwelveMonthReview,
    Withdraw,
}

public enum GatewayOutcome
{
    NoFurtherAction,
    Signpost,
    ChannelPanel,
}

public enum PanelOutcome
{
    Adopt,
    NotAdopt,

    /// <summary>Discussed without a decision (for example waiting for information): it comes back to the next panel.</summary>
    DiscussAgain,
}

public enum ChannelConsentBy
{
    Person,
    ParentOrGuardian,
}

/// <summary>The sectors the Prevent statistics count referrals by.</summary>
public enum ReferringSector
{
    Education,
    Health,
    LocalAuthority,
    Police,
    CommunityOrFaith,
    FamilyOrFriends,
    Other,
}

/// <summary>What a Channel pathway records, from the referral to the 12-month review.</summary>
public sealed class ChannelDetails
{
    public PreventConcernType? ConcernType { get; set; }

    public ReferringSector? ReferringSector { get; set; }

    public string? IdeologyOrCause { get; set; }

    public string? OnlineActivity { get; set; }

    public string? WorryingContacts { get; set; }

    public string? Threats { get; set; }

    public bool? HasSpecialEducationalNeedsOrDisability { get; set; }

    public string? SpecialEducationalNeedsDetails { get; set; }

    public string? OtherAgenciesInvolved { get; set; }

    public DateOnly? GatewayAssessedOn { get; set; }

    public Guid? GatewayAssessedByUserId { get; set; }

    public GatewayOutcome? GatewayOutcome { get; set; }

    public string? GatewayRationale { get; set; }

    public string? SignpostedTo { get; set; }

    public DateOnly? AdoptedOn { get; set; }

    public ChannelConsentBy? ConsentGivenBy { get; set; }

    /// <summary>The parent or guardian who answered for an under-18.</summary>
    public string? ConsentGivenByName { get; set; }

    public DateOnly? ConsentOn { get; set; }

    public DateOnly? ExitedOn { get; set; }

    public string? ExitSummary { get; set; }

    public DateOnly? SixMonthReviewDueOn { get; set; }

    public Guid? SixMonthReviewTaskId { get; set; }

    public DateOnly? SixMonthReviewOn { get; set; }

    public string? SixMonthReviewNotes { get; set; }

    public DateOnly? TwelveMonthReviewDueOn { get; set; }

    public Guid? TwelveMonthReviewTaskId { get; set; }

    public DateOnly? TwelveMonthReviewOn { get; set; }

    public string? TwelveMonthReviewNotes { get; set; }
}

/// <summary>A Channel panel meeting about the person: who was there and what it decided.</summary>
public sealed class ChannelPanelMeeting
{
    public Guid Id { get; set; }

    public Guid PathwayId { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Chair { get; set; }

    public required string Attendees { get; set; }

    public required string Decisions { get; set; }

    public PanelOutcome? Outcome { get; set; }

    public Guid RecordedByUserId { get; set; }

    public DateTime RecordedAt { get; set; }
}

/// <summary>One Vulnerability Assessment Framework assessment: all 22 factors rated, with notes.</summary>
public sealed class VulnerabilityAssessment
{
    public Guid Id { get; set; }

    public Guid PathwayId { get; set; }

    public DateOnly AssessedOn { get; set; }

    public Guid AssessedByUserId { get; set; }

    public DateTime RecordedAt { get; set; }

    public string? Summary { get; set; }

    public List<VulnerabilityRating> Ratings { get; set; } = [];
}

public sealed class VulnerabilityRating
{
    public required string FactorCode { get; set; }

    public VulnerabilityLevel Level { get; set; }

    public string? Notes { get; set; }
}

public enum VulnerabilityLevel
{
    NotKnown,
    NotPresent,
    Low,
    Medium,
    High,
}

/// <summary>An intervention in the person's Channel support plan: who provides it and what they will do.</summary>
public sealed class SupportPlanAction
{
    public Guid Id { get; set; }

    public Guid PathwayId { get; set; }

    public required string Provider { get; set; }

    public required string Action { get; set; }

    public DateOnly? StartsOn { get; set; }

    public Guid AddedByUserId { get; set; }

    public DateTime AddedAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}
