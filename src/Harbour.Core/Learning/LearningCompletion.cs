namespace Harbour.Core.Learning;

/// <summary>
/// A passed module: the certificate. Anyone may complete a module (their name is optional); a signed-in member of
/// staff's completion counts for their organisation. The verification code lets anyone check the certificate.
/// </summary>
public sealed class LearningCompletion
{
    public Guid Id { get; set; }

    public required string ModuleCode { get; set; }

    public required string ModuleTitle { get; set; }

    public string? LearnerName { get; set; }

    public Guid? UserId { get; set; }

    public Guid? OrganisationId { get; set; }

    public int ScorePercent { get; set; }

    public DateTime CompletedAt { get; set; }

    /// <summary>12 characters from an alphabet without look-alikes, for example K7QM-3XWD-9PTR.</summary>
    public required string VerificationCode { get; set; }
}
