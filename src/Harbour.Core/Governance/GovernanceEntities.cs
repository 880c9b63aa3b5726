using Harbour.Core.Concerns;

namespace Harbour.Core.Governance;

/// <summary>
/// The partnership meets as a whole; the police-led Pursue group meets separately and its meetings and actions
/// are for its members only (terms of reference, paragraph 6).
/// </summary>
public enum PartnershipGroup
{
    Partnership,
    Pursue,
}

/// <summary>Red, amber, green: how an action is going, as its owner last reported.</summary>
public enum Rag
{
    Red,
    Amber,
    Green,
}

public enum ActionState
{
    Open,
    Completed,
}

public enum Attendance
{
    Present,
    Apologies,
}

/// <summary>A strategy period (for example 2024 to 2027) with the date the strategy and delivery structure are next reviewed.</summary>
public sealed class Strategy
{
    public Guid Id { get; set; }

    public required string Title { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public DateOnly ReviewDueOn { get; set; }

    public DateTime RecordedAt { get; set; }

    public Guid? RecordedByUserId { get; set; }
}

/// <summary>One agreed version of the terms of reference; the newest is in force. Reviewed annually by the coordinator.</summary>
public sealed class TermsOfReference
{
    public Guid Id { get; set; }

    public int Version { get; set; }

    /// <summary>Markdown.</summary>
    public required string Text { get; set; }

    public DateOnly AgreedOn { get; set; }

    public DateOnly ReviewDueOn { get; set; }

    public DateTime RecordedAt { get; set; }

    public Guid? RecordedByUserId { get; set; }
}

/// <summary>An item of the action plan: under one strategic objective, tagged with the 4Ps, owned by a member organisation.</summary>
public sealed class PlanAction
{
    public Guid Id { get; set; }

    /// <summary>Numbered within its group, for minutes and agendas ("Action 12").</summary>
    public int Number { get; set; }

    public PartnershipGroup Group { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public Guid ObjectiveId { get; set; }

    public List<string> FourPCodes { get; set; } = [];

    public Guid OwnerOrganisationId { get; set; }

    /// <summary>The person who answers for it, by name (they may not use Harbour).</summary>
    public required string OwnerName { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The RAG status of the latest update (green until the first).</summary>
    public Rag Rag { get; set; } = Rag.Green;

    public ActionState State { get; set; }

    public DateOnly? CompletedOn { get; set; }

    /// <summary>The meeting that agreed it, if it came from one.</summary>
    public Guid? AgreedAtMeetingId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<ActionUpdate> Updates { get; set; } = [];
}

/// <summary>An owner's quarterly update on an action: what has happened and its RAG status. Kept as history.</summary>
public sealed class ActionUpdate
{
    public Guid Id { get; set; }

    public Guid ActionId { get; set; }

    public int Year { get; set; }

    public int QuarterNumber { get; set; }

    public required string Text { get; set; }

    public Rag Rag { get; set; }

    /// <summary>The update reported the action done.</summary>
    public bool Completed { get; set; }

    public DateTime RecordedAt { get; set; }

    public Guid? RecordedByUserId { get; set; }

    public required string RecordedByName { get; set; }

    public CalendarQuarter Quarter => new(Year, QuarterNumber);
}

public sealed class MeetingAttendee
{
    public required string Name { get; set; }

    public required string Organisation { get; set; }

    public Attendance Attendance { get; set; }
}

/// <summary>A quarterly meeting of the partnership, or a meeting of the Pursue group.</summary>
public sealed class Meeting
{
    public Guid Id { get; set; }

    public PartnershipGroup Group { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Location { get; set; }

    public required string Chair { get; set; }

    public List<string> Agenda { get; set; } = [];

    public List<MeetingAttendee> Attendees { get; set; } = [];

    public string? Minutes { get; set; }

    public List<string> Decisions { get; set; } = [];

    public List<Attachment> Papers { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public sealed class MemberRepresentative
{
    public required string Name { get; set; }

    public string? JobTitle { get; set; }

    public required string Email { get; set; }

    public string? Phone { get; set; }
}

/// <summary>An organisation's membership of the partnership, with its representatives and the annual review.</summary>
public sealed class PartnershipMember
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public DateOnly JoinedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    public DateOnly ReviewDueOn { get; set; }

    public List<MemberRepresentative> Representatives { get; set; } = [];

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A Harbour user who belongs to the Pursue group and so sees its meetings, actions and intelligence.</summary>
public sealed class PursueGroupMember
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTime AddedAt { get; set; }

    public Guid? AddedByUserId { get; set; }
}
