namespace Harbour.Core.Intelligence;

/// <summary>Where a report is: written by its submitter, then with the Pursue group until it is closed.</summary>
public enum IntelligenceStatus
{
    /// <summary>Being written; only its submitter sees it. Victims' details are not yet removed.</summary>
    Draft,

    Submitted,

    /// <summary>Given to a Pursue group member to act on by a date; may be given again to someone else.</summary>
    Tasked,

    Closed,
}

/// <summary>The 3 of the 3×5×2 model: how reliable the source of the intelligence is.</summary>
public enum SourceEvaluation
{
    Reliable = 1,
    Untested = 2,
    NotReliable = 3,
}

/// <summary>The 5 of the 3×5×2 model: how the source came to know what they reported.</summary>
public enum IntelligenceAssessment
{
    /// <summary>A.</summary>
    KnownDirectly,

    /// <summary>B.</summary>
    KnownIndirectlyCorroborated,

    /// <summary>C.</summary>
    KnownIndirectly,

    /// <summary>D.</summary>
    NotKnown,

    /// <summary>E.</summary>
    SuspectedToBeFalse,
}

/// <summary>The 2 of the 3×5×2 model: whether the intelligence may be shared, and on what terms.</summary>
public enum HandlingCode
{
    /// <summary>P.</summary>
    LawfulSharingPermitted,

    /// <summary>C: the conditions are recorded with the report.</summary>
    LawfulSharingPermittedWithConditions,
}

/// <summary>A kind of personal detail of a victim that is taken out of intelligence unless it is needed.</summary>
public enum VictimDetailKind
{
    Name,
    Alias,
    DateOfBirth,
    Phone,
    Address,
    Postcode,
}

/// <summary>How many times one kind of a victim's details was taken out of the intelligence text (never the values themselves).</summary>
public sealed class VictimDetailRemoval
{
    public VictimDetailKind Kind { get; set; }

    public int Count { get; set; }
}

/// <summary>One tasking of a report: who was asked to do what by when. Re-tasking adds another; the latest is current.</summary>
public sealed class IntelligenceTasking
{
    public Guid AssignedToUserId { get; set; }

    public required string AssignedToName { get; set; }

    public DateOnly DueOn { get; set; }

    public required string Instructions { get; set; }

    public DateTime TaskedAt { get; set; }

    public Guid TaskedByUserId { get; set; }

    public required string TaskedByName { get; set; }
}

/// <summary>
/// Intelligence passed to the police-led Pursue group, graded on the 3×5×2 model. Victims' personal details are
/// taken out of the text when it is submitted unless the submitter says they are needed (and why); the report
/// keeps a record of what was taken out. Only Pursue group members who are police analysts see submitted
/// reports; the submitter sees their own reports' status.
/// </summary>
public sealed class IntelligenceReport
{
    public Guid Id { get; set; }

    /// <summary>Given on submission, for example INT-2026-000012.</summary>
    public string? Reference { get; set; }

    public IntelligenceStatus Status { get; set; }

    public Guid SubmittedByUserId { get; set; }

    public Guid SubmittedByOrganisationId { get; set; }

    /// <summary>A case the submitter could see when they linked it.</summary>
    public Guid? CaseId { get; set; }

    public string? CaseReference { get; set; }

    /// <summary>The intelligence; once submitted, with victims' details taken out unless they were needed.</summary>
    public string? Text { get; set; }

    public SourceEvaluation? SourceEvaluation { get; set; }

    /// <summary>Why a source was graded 3 (not reliable).</summary>
    public string? SourceNotReliableReason { get; set; }

    public IntelligenceAssessment? Assessment { get; set; }

    public HandlingCode? HandlingCode { get; set; }

    /// <summary>Required with handling code C.</summary>
    public string? HandlingConditions { get; set; }

    /// <summary>Asked only when a case is linked (Harbour knows the victim's details only from a case).</summary>
    public bool? VictimDetailsNeeded { get; set; }

    public string? VictimDetailsReason { get; set; }

    public List<VictimDetailRemoval> Removals { get; set; } = [];

    public List<IntelligenceTasking> Taskings { get; set; } = [];

    public string? Outcome { get; set; }

    public DateTime? ClosedAt { get; set; }

    public Guid? ClosedByUserId { get; set; }

    public string? ClosedByName { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public IntelligenceTasking? CurrentTasking => Status == IntelligenceStatus.Tasked && Taskings.Count > 0 ? Taskings[^1] : null;

    /// <summary>For example 2/B/C, or null until fully graded.</summary>
    public string? Grade => SourceEvaluation is { } s && Assessment is { } a && HandlingCode is { } h ? IntelligenceGrading.Code(s, a, h) : null;
}
