namespace Harbour.Core.Referrals;

public enum SupportReferralStatus
{
    Sent,
    Accepted,
    Declined,
    Withdrawn,
    Completed,
}

/// <summary>
/// A referral of the person on a case to a service in the support directory, with their consent and what was
/// shared. When the service's organisation uses Harbour it answers in Harbour; otherwise the referrer records what
/// the service said.
/// </summary>
public sealed class SupportReferral
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>The service's name when referred, so the record reads the same if the directory changes.</summary>
    public required string ServiceName { get; set; }

    /// <summary>The Harbour organisation that answers, when the service's organisation uses Harbour.</summary>
    public Guid? ReceivingOrganisationId { get; set; }

    public SupportReferralStatus Status { get; set; }

    /// <summary>Who agreed to the referral (the person, or a parent or guardian for a child), recorded by the referrer.</summary>
    public required string ConsentGivenBy { get; set; }

    public DateOnly ConsentGivenOn { get; set; }

    public required string Reason { get; set; }

    /// <summary>Exactly what is shared with the service: only this reaches the receiving organisation before it accepts.</summary>
    public required string InformationShared { get; set; }

    public Guid ReferredByUserId { get; set; }

    public Guid ReferredByOrganisationId { get; set; }

    public DateTime SentAt { get; set; }

    public DateTime? RespondedAt { get; set; }

    public Guid? RespondedByUserId { get; set; }

    /// <summary>Why it was declined or withdrawn, or what came of it when completed.</summary>
    public string? Outcome { get; set; }

    public DateTime? ClosedAt { get; set; }
}
