namespace Harbour.Core.Accounts;

/// <summary>
/// A partner system allowed to call <c>/api/v1</c> with a bearer token. The secret is shown once when the client
/// is created; only its SHA-256 is kept (it is 256 random bits, so a slow hash adds nothing).
/// </summary>
public sealed class ApiClient
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public Guid OrganisationId { get; set; }

    public ReferenceData.Organisation? Organisation { get; set; }

    /// <summary>Space-separated, as in OAuth.</summary>
    public required string Scopes { get; set; }

    public required string SecretHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsUsableAt(DateTime now) => RevokedAt is null && ExpiresAt > now;
}

/// <summary>What a partner system may be allowed to do. Endpoints demand one of these; later features add theirs.</summary>
public static class ApiScopes
{
    public const string AuditRead = "audit.read";
    public const string ConcernsWrite = "concerns.write";
    public const string CasesRead = "cases.read";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ConcernsWrite] = "Submit concerns (they go to the triage queue of the council for the area)",
        [CasesRead] = "Read the modern slavery cases its organisation owns or has been shared (never Prevent or intelligence)",
        [AuditRead] = "Read the audit trail, with its hash chain (for a security monitoring system)",
    };
}
