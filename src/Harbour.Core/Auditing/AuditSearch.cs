using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Auditing;

/// <summary>What an administrator is looking for in the audit trail. Every part is optional.</summary>
public sealed record AuditQuery(string? User, string? Record, string? Action, DateOnly? From, DateOnly? To)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(User) && string.IsNullOrWhiteSpace(Record) && string.IsNullOrWhiteSpace(Action) && From is null && To is null;
}

public sealed record AuditRow(
    long Sequence,
    DateTime OccurredAt,
    string? UserEmail,
    string? UserName,
    string? OrganisationName,
    string Action,
    string? EntityType,
    string? EntityId,
    string? Reason,
    string? Before,
    string? After,
    string? ClientAddress);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Searches the audit trail, newest first. The trail names people and records, so searching it is itself
/// audited, with the search as the reason.
/// </summary>
public sealed class AuditSearch(HarbourDbContext db, AuditLog audit)
{
    public const int PageSize = 50;

    public async Task<AuditPage> SearchAsync(AuditQuery query, int pageNumber, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        pageNumber = Math.Max(1, pageNumber);
        var filtered = Filter(query);
        var total = await filtered.CountAsync(cancellationToken);
        var rows = await Project(filtered.OrderByDescending(e => e.Sequence).Skip((pageNumber - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);
        await audit.RecordAndSaveAsync(actor, "audit.searched", reason: Describe(query), cancellationToken: cancellationToken);
        return new AuditPage(rows, total, pageNumber, PageSize);
    }

    /// <summary>Every matching event, streamed, for the CSV export.</summary>
    public async IAsyncEnumerable<AuditRow> ExportAsync(AuditQuery query, AuditActor actor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await audit.RecordAndSaveAsync(actor, "audit.exported", reason: Describe(query), cancellationToken: cancellationToken);
        await foreach (var row in Project(Filter(query).OrderBy(e => e.Sequence)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>
    /// Events after a sequence number, oldest first, hashes included, so a monitoring system can follow the trail
    /// and check the chain itself.
    /// </summary>
    public async Task<IReadOnlyList<AuditEvent>> AfterAsync(long afterSequence, int limit, AuditActor actor, string reason, CancellationToken cancellationToken = default)
    {
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);
        await audit.RecordAndSaveAsync(actor, "audit.read", reason: reason, cancellationToken: cancellationToken);
        return events;
    }

    private IQueryable<AuditEvent> Filter(AuditQuery query)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim().ToUpperInvariant();
            var userIds = db.Users.Where(u => u.NormalizedEmail == user || u.DisplayName.ToUpper() == user).Select(u => (Guid?)u.Id);
            events = events.Where(e => userIds.Contains(e.UserId));
        }

        if (!string.IsNullOrWhiteSpace(query.Record))
        {
            var record = query.Record.Trim();
            events = events.Where(e => e.EntityId == record);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            events = events.Where(e => e.Action == action || e.Action.StartsWith(action + "."));
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.OccurredAt < end);
        }

        return events;
    }

    private IQueryable<AuditRow> Project(IQueryable<AuditEvent> events) =>
        from e in events
        join u in db.Users on e.UserId equals u.Id into users
        from u in users.DefaultIfEmpty()
        join o in db.Organisations on e.OrganisationId equals o.Id into organisations
        from o in organisations.DefaultIfEmpty()
        select new AuditRow(e.Sequence, e.OccurredAt, u == null ? null : u.Email, u == null ? null : u.DisplayName, o == null ? null : o.Name,
            e.Action, e.EntityType, e.EntityId, e.Reason, e.Before, e.After, e.ClientAddress);

    private static string Describe(AuditQuery query) =>
        query.IsEmpty
            ? "All events"
            : string.Join("; ", new[]
            {
                string.IsNullOrWhiteSpace(query.User) ? null : $"user {query.User.Trim()}",
                string.IsNullOrWhiteSpace(query.Record) ? null : $"record {query.Record.Trim()}",
                string.IsNullOrWhiteSpace(query.Action) ? null : $"action {query.Action.Trim()}",
                query.From is null ? null : $"from {query.From:yyyy-MM-dd}",
                query.To is null ? null : $"to {query.To:yyyy-MM-dd}",
            }.Where(part => part is not null));
}
