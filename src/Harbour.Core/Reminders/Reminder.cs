namespace Harbour.Core.Reminders;

public enum ReminderKind
{
    ReasonableGroundsOverdue,
    RecoveryPeriodEnding,
    ChannelReviewDue,
    TaskOverdue,
    TriageOverdue,

    /// <summary>A support directory entry not checked for 12 months.</summary>
    DirectoryCheckDue,

    /// <summary>A resource library document past its review date.</summary>
    ResourceReviewDue,

    /// <summary>The strategy's review date is within a month.</summary>
    StrategyReviewDue,

    /// <summary>The terms of reference's annual review is within a month.</summary>
    TermsOfReferenceReviewDue,

    /// <summary>A member organisation's annual membership review is within a month.</summary>
    MembershipReviewDue,
}

/// <summary>
/// One reminder the daily job has given: what about (a pathway, task or concern) and which due date. The three
/// together are unique, so running the job again the same day, or the next, gives nothing twice.
/// </summary>
public sealed class Reminder
{
    public Guid Id { get; set; }

    public ReminderKind Kind { get; set; }

    /// <summary>The pathway, task or concern the deadline belongs to.</summary>
    public Guid SubjectId { get; set; }

    public DateOnly DueOn { get; set; }

    public Guid? CaseId { get; set; }

    public Guid? ConcernId { get; set; }

    /// <summary>The task the reminder added to the case, if it added one.</summary>
    public Guid? TaskId { get; set; }

    public int Notified { get; set; }

    public DateTime CreatedAt { get; set; }
}
