namespace Harbour.Core.Auditing;

/// <summary>
/// One immutable entry in the audit trail. Events form a hash chain: each stores the SHA-256 of its own
/// canonical content and the hash of the event before it, so editing or removing any event breaks the chain
/// from that point on. Rows are never updated or deleted (the database rejects it).
/// </summary>
public sealed class AuditEvent
{
    public Guid Id { get; set; }

    /// <summary>Position in the chain, from 1, with no gaps.</summary>
    public long Sequence { get; set; }

    public DateTime OccurredAt { get; set; }

    public Guid? UserId { get; set; }

    public Guid? OrganisationId { get; set; }

    /// <summary>What happened, as a dotted verb such as <c>case.read</c> or <c>sign-in.failed</c>.</summary>
    public required string Action { get; set; }

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public string? Reason { get; set; }

    /// <summary>The record before the change, as JSON; null for reads and creations.</summary>
    public string? Before { get; set; }

    /// <summary>The record after the change, as JSON; null for reads and deletions.</summary>
    public string? After { get; set; }

    public string? ClientAddress { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}

/// <summary>Who did something and from where. <see cref="System"/> is Harbour itself (start-up, jobs).</summary>
public sealed record AuditActor(Guid? UserId, Guid? OrganisationId, string? ClientAddress)
{
    public static AuditActor System { get; } = new(null, null, null);
}
