using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Access;

/// <summary>Grants and checks break-glass reads. Granting is audited in the same transaction as the grant.</summary>
public sealed class BreakGlassService(HarbourDbContext db, TimeProvider time, AuditLog audit, NotificationService notifications)
{
    public static readonly TimeSpan GrantLifetime = TimeSpan.FromHours(4);

    /// <summary>The shortest reason accepted: enough words that a reviewer can judge it.</summary>
    public const int MinimumReasonLength = 20;

    public async Task<BreakGlassGrant> GrantAsync(UserScope user, IScopedRecord record, string reason, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);
        reason = reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            throw new ValidationFailedException("Reason", "Enter why you need to open this record");
        }

        if (reason.Length < MinimumReasonLength)
        {
            throw new ValidationFailedException("Reason", $"Reason must be {MinimumReasonLength} characters or more");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var grant = new BreakGlassGrant
        {
            Id = Guid.NewGuid(),
            UserId = user.UserId,
            OrganisationId = user.OrganisationId,
            RecordType = record.RecordType,
            RecordId = record.Id,
            OwnerOrganisationId = record.OwnerOrganisationId,
            Reason = reason,
            GrantedAt = now,
            ExpiresAt = now + GrantLifetime,
        };
        db.BreakGlassGrants.Add(grant);
        audit.Record(actor, "break-glass.granted", record.RecordType, record.Id.ToString(), reason,
            after: new { grant.ExpiresAt, grant.OwnerOrganisationId });
        await db.SaveChangesAsync(cancellationToken);

        var requester = await db.Users.AsNoTracking().Include(u => u.Organisation).SingleAsync(u => u.Id == user.UserId, cancellationToken);
        foreach (var recipient in await OwnerContactsAsync(record.OwnerOrganisationId, cancellationToken))
        {
            await notifications.SendAsync(NotificationTemplates.BreakGlassUsed, recipient, new Dictionary<string, string>
            {
                ["name"] = requester.DisplayName,
                ["organisation"] = requester.Organisation!.Name,
                ["record"] = $"{record.RecordType} {record.Id}",
                ["reason"] = reason,
                ["expires"] = grant.ExpiresAt.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            }, cancellationToken);
        }

        return grant;
    }

    public Task<bool> HasActiveGrantAsync(Guid userId, string recordType, Guid recordId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.BreakGlassGrants.AnyAsync(
            g => g.UserId == userId && g.RecordType == recordType && g.RecordId == recordId && g.ExpiresAt > now,
            cancellationToken);
    }

    /// <summary>The owning organisation's safeguarding leads, or its administrators if it has none.</summary>
    private async Task<IReadOnlyList<string>> OwnerContactsAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var leads = await StaffContacts.EmailsAsync(db, organisationId, HarbourRoles.SafeguardingLead, cancellationToken);
        return leads.Count > 0 ? leads : await StaffContacts.EmailsAsync(db, organisationId, HarbourRoles.Administrator, cancellationToken);
    }
}
