namespace Harbour.Core.Pathways;

/// <summary>
/// A Duty to Notify report (MS1) for an adult who did not consent to the NRM. Anonymous unless the person agrees
/// to be named (Modern Slavery Act 2015 s52): their name and date of birth are left out of what Harbour gives the
/// first responder to send.
/// </summary>
public sealed class DutyToNotifyReport
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public bool PersonAgreesToBeNamed { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public string? HomeOfficeReference { get; set; }

    public Guid SubmittedByUserId { get; set; }

    public DateTime RecordedAt { get; set; }
}
