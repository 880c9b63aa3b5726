namespace Harbour.Core.Access;

/// <summary>
/// A time-limited read of one record outside the user's need-to-know scope, given for a stated reason. The
/// grant is audited and the owning organisation is told.
/// </summary>
public sealed class BreakGlassGrant
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid OrganisationId { get; set; }

    public required string RecordType { get; set; }

    public Guid RecordId { get; set; }

    public Guid OwnerOrganisationId { get; set; }

    public required string Reason { get; set; }

    public DateTime GrantedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
