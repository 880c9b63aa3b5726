namespace Harbour.Core.Accounts;

/// <summary>
/// The one-time link printed at start-up while Harbour has no users, which opens the page that creates the first
/// administrator. Only a SHA-256 of the token is stored.
/// </summary>
public sealed class SetupToken
{
    public Guid Id { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}
