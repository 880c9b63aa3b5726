using System.Text.Json;
using System.Text.Json.Serialization;
using Harbour.Core.Data;

namespace Harbour.Core.Auditing;

/// <summary>
/// Records audit events on the caller's <see cref="HarbourDbContext"/>, so each event is saved in the same
/// transaction as the change it describes: if the change is rolled back, so is its event. Sequence and hashes
/// are assigned by the context at save time, under the chain lock.
/// </summary>
public sealed class AuditLog(HarbourDbContext db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Records an event that stands alone (a sign-in, a failed attempt) and saves it at once.</summary>
    public async Task RecordAndSaveAsync(
        AuditActor actor,
        string action,
        string? entityType = null,
        string? entityId = null,
        string? reason = null,
        CancellationToken cancellationToken = default)
    {
        Record(actor, action, entityType, entityId, reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    public AuditEvent Record(
        AuditActor actor,
        string action,
        string? entityType = null,
        string? entityId = null,
        string? reason = null,
        object? before = null,
        object? after = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);

        var auditEvent = new AuditEvent
        {
            Id = Guid.NewGuid(),
            OccurredAt = AuditHashing.TruncateToMicroseconds(time.GetUtcNow().UtcDateTime),
            UserId = actor.UserId,
            OrganisationId = actor.OrganisationId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Reason = reason,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            ClientAddress = actor.ClientAddress,
            PreviousHash = "",
            Hash = "",
        };
        db.AuditEvents.Add(auditEvent);
        return auditEvent;
    }
}
