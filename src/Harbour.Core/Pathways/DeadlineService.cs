using Harbour.Core.Access;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Pathways;

public enum DeadlineKind
{
    Task,
    Triage,
    ReasonableGrounds,
    RecoveryPeriodEnds,
}

/// <summary>One thing due: what, for which case or concern, and when.</summary>
public sealed record Deadline(DeadlineKind Kind, string Reference, string What, DateOnly DueOn, bool IsOverdue);

/// <summary>
/// Everything overdue or due soon across the organisation's cases, pathways and triage queue, for its leads.
/// Computed from the injected clock, so a fake clock in tests moves every deadline at once.
/// </summary>
public sealed class DeadlineService(HarbourDbContext db, TimeProvider time)
{
    public const int DueSoonDays = 7;
    public const int RecoveryWarningDays = 5;

    public async Task<IReadOnlyList<Deadline>> OverdueAndDueSoonAsync(UserScope user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(DueSoonDays);
        var organisation = user.OrganisationId;
        var deadlines = new List<Deadline>();

        var tasks = await (from task in db.CaseTasks.AsNoTracking()
                           join @case in db.Cases.AsNoTracking() on task.CaseId equals @case.Id
                           where task.CompletedAt == null && task.DueOn <= horizon
                                 && (@case.OwnerOrganisationId == organisation || task.AssigneeUserId == user.UserId)
                           select new { @case.Reference, task.Title, task.DueOn })
            .ToListAsync(cancellationToken);
        deadlines.AddRange(tasks.Select(t => new Deadline(DeadlineKind.Task, t.Reference, t.Title, t.DueOn, t.DueOn < today)));

        var referrals = await (from pathway in db.Pathways.AsNoTracking()
                               join @case in db.Cases.AsNoTracking() on pathway.CaseId equals @case.Id
                               where @case.OwnerOrganisationId == organisation
                                     && (pathway.NrmState == NrmState.AwaitingReasonableGrounds || pathway.NrmState == NrmState.AwaitingConclusiveGrounds)
                               select new { @case.Reference, pathway.NrmState, pathway.Nrm.ReasonableGroundsDueOn, pathway.Nrm.RecoveryPeriodEndsOn })
            .ToListAsync(cancellationToken);
        foreach (var referral in referrals)
        {
            if (referral.NrmState == NrmState.AwaitingReasonableGrounds && referral.ReasonableGroundsDueOn is { } due && due <= horizon)
            {
                deadlines.Add(new Deadline(DeadlineKind.ReasonableGrounds, referral.Reference, "NRM Reasonable Grounds decision", due, due < today));
            }

            if (referral.NrmState == NrmState.AwaitingConclusiveGrounds && referral.RecoveryPeriodEndsOn is { } ends && ends <= today.AddDays(RecoveryWarningDays))
            {
                deadlines.Add(new Deadline(DeadlineKind.RecoveryPeriodEnds, referral.Reference, "NRM recovery period ends", ends, ends < today));
            }
        }

        var concerns = await db.Concerns.AsNoTracking()
            .Where(c => c.TriageOrganisationId == organisation && c.Status == ConcernStatus.AwaitingTriage && c.TriageDueAt != null)
            .Select(c => new { c.Reference, c.TriageDueAt })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        deadlines.AddRange(concerns
            .Where(c => DateOnly.FromDateTime(c.TriageDueAt!.Value) <= horizon)
            .Select(c => new Deadline(DeadlineKind.Triage, c.Reference!, "Screen the concern", DateOnly.FromDateTime(c.TriageDueAt!.Value), c.TriageDueAt < now)));

        return deadlines.OrderByDescending(d => d.IsOverdue).ThenBy(d => d.DueOn).ThenBy(d => d.Reference, StringComparer.Ordinal).ToList();
    }
}
