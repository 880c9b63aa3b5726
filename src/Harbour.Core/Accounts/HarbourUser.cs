using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.Identity;

namespace Harbour.Core.Accounts;

/// <summary>A member of staff of one partner organisation. Everything they may see follows from that organisation and their roles.</summary>
public sealed class HarbourUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A one-time link that lets an invited user set their password and two-factor sign-in. Only a SHA-256 of the
/// token is stored, so the database never holds a usable link.
/// </summary>
public sealed class UserInvitation
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public HarbourUser? User { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}
