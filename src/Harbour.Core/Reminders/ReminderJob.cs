using System.Globalization;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Notifications;
using Harbour.Core.Pathways;
using Harbour.Core.SupportDirectory;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Reminders;

/// <summary>What one run of the reminder job did; <see cref="Ran"/> is false when another instance held the lock.</summary>
public sealed record ReminderRun(bool Ran, int Created, int Emails);

/// <summary>
/// The daily reminder job: for every Reasonable Grounds decision overdue, recovery period ending within 5 days,
/// Channel review due within a week, case task overdue, concern overdue for triage and support directory entry
/// unchecked for 12 months, it records a reminder
/// (once per deadline), adds a task to the case where there is none yet, and emails whoever must act. The run
/// holds a database lock (a PostgreSQL advisory lock; SQLite's write lock), so with several web instances on one
/// database only one runs it at a time, and the reminder table makes a second run add nothing.
/// </summary>
public sealed class ReminderJob(HarbourDbContext db, TimeProvider time, AuditLog audit, NotificationService notifications)
{
    /// <summary>The advisory lock's key: any fixed number no other part of Harbour uses.</summary>
    public const long LockKey = 0x4861_7262_5265_6D;

    public const int ChannelReviewWarningDays = 7;

    /// <summary>How long before a governance review is due the coordinators are reminded.</summary>
    public const int GovernanceReviewWarningDays = 30;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task<ReminderRun> RunAsync(string baseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var emails = new List<(string To, Dictionary<string, string> Personalisation)>();
        int created;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (db.Database.IsNpgsql()
                && !await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(cancellationToken))
            {
                return new ReminderRun(false, 0, 0);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var today = DateOnly.FromDateTime(now);
            var candidates = await CandidatesAsync(today, now, cancellationToken);
            var subjects = candidates.Select(c => c.SubjectId).Distinct().ToList();
            var given = (await db.Reminders.AsNoTracking().Where(r => subjects.Contains(r.SubjectId)).Select(r => new { r.Kind, r.SubjectId, r.DueOn }).ToListAsync(cancellationToken))
                .Select(r => (r.Kind, r.SubjectId, r.DueOn))
                .ToHashSet();
            var fresh = candidates.Where(c => given.Add((c.Kind, c.SubjectId, c.DueOn))).ToList();

            var recipientsOf = await RecipientsAsync(fresh, cancellationToken);
            var casesNeedingTasks = fresh.Where(c => c.AddsTask).Select(c => c.CaseId!.Value).Distinct().ToList();
            var trackedCases = await db.Cases.Where(c => casesNeedingTasks.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            foreach (var candidate in fresh)
            {
                var reminder = new Reminder
                {
                    Id = Guid.NewGuid(), Kind = candidate.Kind, SubjectId = candidate.SubjectId, DueOn = candidate.DueOn, CaseId = candidate.CaseId,
                    ConcernId = candidate.ConcernId, CreatedAt = now,
                };
                if (candidate.AddsTask)
                {
                    var task = new CaseTask
                    {
                        Id = Guid.NewGuid(), CaseId = candidate.CaseId!.Value, Title = candidate.TaskTitle!, DueOn = today, AssigneeUserId = candidate.PersonToAct, CreatedAt = now,
                    };
                    db.CaseTasks.Add(task);
                    reminder.TaskId = task.Id;
                    var @case = trackedCases[candidate.CaseId.Value];
                    @case.NextTaskDueOn = @case.NextTaskDueOn is { } next && next < today ? next : today;
                    @case.UpdatedAt = now;
                    db.CaseChronology.Add(new ChronologyEntry
                    {
                        Id = Guid.NewGuid(), CaseId = candidate.CaseId.Value, OccurredAt = now, Kind = "reminder", Summary = $"Reminder task added: {task.Title}",
                    });
                }

                var recipients = recipientsOf(candidate);
                reminder.Notified = recipients.Count;
                db.Reminders.Add(reminder);
                emails.AddRange(recipients.Select(to => (to, new Dictionary<string, string>
                {
                    ["what"] = candidate.What,
                    ["record"] = candidate.Record,
                    ["due"] = candidate.DueText,
                    ["link"] = baseUrl.TrimEnd('/') + candidate.Path,
                })));
            }

            created = fresh.Count;
            audit.Record(AuditActor.System, "reminders.run", nameof(ReminderJob), today.ToString("O", CultureInfo.InvariantCulture),
                after: new { Reminders = created, Emails = emails.Count, ByKind = fresh.GroupBy(c => c.Kind).ToDictionary(g => g.Key.ToString(), g => g.Count()) });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Sent after the commit: a failed send loses an email, never leaves a reminder half-recorded.
        foreach (var (to, personalisation) in emails)
        {
            await notifications.SendAsync(NotificationTemplates.Reminder, to, personalisation, cancellationToken);
        }

        return new ReminderRun(true, created, emails.Count);
    }

    private sealed record Candidate(
        ReminderKind Kind,
        Guid SubjectId,
        DateOnly DueOn,
        string What,
        string DueText,
        string Record,
        string Path,
        Guid OrganisationId,
        string LeadRole,
        Guid? PersonToAct,
        Guid? CaseId = null,
        Guid? ConcernId = null,
        string? TaskTitle = null)
    {
        public bool AddsTask => TaskTitle is not null;
    }

    private async Task<List<Candidate>> CandidatesAsync(DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var candidates = new List<Candidate>();
        var openCases = db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open);

        // Dates inside the pathways' JSON documents are compared here rather than in SQL: the two providers store them differently.
        var nrm = await (from pathway in db.Pathways.AsNoTracking()
                         join @case in openCases on pathway.CaseId equals @case.Id
                         where pathway.Kind == PathwayKind.NationalReferralMechanism
                               && (pathway.NrmState == NrmState.AwaitingReasonableGrounds || pathway.NrmState == NrmState.AwaitingConclusiveGrounds)
                         select new { pathway.Id, pathway.NrmState, pathway.Nrm.ReasonableGroundsDueOn, pathway.Nrm.RecoveryPeriodEndsOn, CaseId = @case.Id, @case.Reference, @case.OwnerOrganisationId, @case.LeadWorkerUserId })
            .ToListAsync(cancellationToken);
        foreach (var referral in nrm)
        {
            if (referral.NrmState == NrmState.AwaitingReasonableGrounds && referral.ReasonableGroundsDueOn is { } due && due < today)
            {
                candidates.Add(new Candidate(ReminderKind.ReasonableGroundsOverdue, referral.Id, due, "NRM Reasonable Grounds decision overdue", $"it was due on {Format(due)}",
                    $"case {referral.Reference}", $"/cases/{referral.Reference}/nrm", referral.OwnerOrganisationId, HarbourRoles.SafeguardingLead, referral.LeadWorkerUserId,
                    CaseId: referral.CaseId, TaskTitle: $"Chase the competent authority: Reasonable Grounds decision was due {Format(due)}"));
            }

            if (referral.NrmState == NrmState.AwaitingConclusiveGrounds && referral.RecoveryPeriodEndsOn is { } ends
                && ends >= today && ends <= today.AddDays(DeadlineService.RecoveryWarningDays))
            {
                candidates.Add(new Candidate(ReminderKind.RecoveryPeriodEnding, referral.Id, ends, "NRM recovery period ending", $"it ends on {Format(ends)}",
                    $"case {referral.Reference}", $"/cases/{referral.Reference}/nrm", referral.OwnerOrganisationId, HarbourRoles.SafeguardingLead, referral.LeadWorkerUserId,
                    CaseId: referral.CaseId, TaskTitle: $"Plan support for after the recovery period ends on {Format(ends)}"));
            }
        }

        var channel = await (from pathway in db.Pathways.AsNoTracking()
                             join @case in openCases on pathway.CaseId equals @case.Id
                             where pathway.Kind == PathwayKind.Channel
                                   && (pathway.ChannelState == ChannelState.AwaitingSixMonthReview || pathway.ChannelState == ChannelState.AwaitingTwelveMonthReview)
                             select new { pathway.Id, pathway.ChannelState, pathway.Channel.SixMonthReviewDueOn, pathway.Channel.TwelveMonthReviewDueOn, CaseId = @case.Id, @case.Reference, @case.OwnerOrganisationId, @case.LeadWorkerUserId })
            .ToListAsync(cancellationToken);
        foreach (var review in channel)
        {
            var (months, due) = review.ChannelState == ChannelState.AwaitingSixMonthReview ? (6, review.SixMonthReviewDueOn) : (12, review.TwelveMonthReviewDueOn);
            if (due is { } dueOn && dueOn <= today.AddDays(ChannelReviewWarningDays))
            {
                // The review's task was added at exit; the reminder is the email.
                candidates.Add(new Candidate(ReminderKind.ChannelReviewDue, review.Id, dueOn, $"Channel {months}-month review due", $"{(dueOn < today ? "it was due" : "it is due")} on {Format(dueOn)}",
                    $"case {review.Reference}", $"/cases/{review.Reference}/channel", review.OwnerOrganisationId, HarbourRoles.PreventLead, review.LeadWorkerUserId, CaseId: review.CaseId));
            }
        }

        var tasks = await (from task in db.CaseTasks.AsNoTracking()
                           join @case in openCases on task.CaseId equals @case.Id
                           where task.CompletedAt == null && task.DueOn < today
                           select new { task.Id, task.DueOn, task.AssigneeUserId, CaseId = @case.Id, @case.Reference, @case.OwnerOrganisationId, @case.LeadWorkerUserId, @case.IsPrevent, @case.IsModernSlavery })
            .ToListAsync(cancellationToken);
        candidates.AddRange(tasks.Select(task => new Candidate(ReminderKind.TaskOverdue, task.Id, task.DueOn, "A case task is overdue", $"it was due on {Format(task.DueOn)}",
            $"case {task.Reference}", $"/cases/{task.Reference}#tasks", task.OwnerOrganisationId,
            task.IsPrevent && !task.IsModernSlavery ? HarbourRoles.PreventLead : HarbourRoles.SafeguardingLead, task.AssigneeUserId ?? task.LeadWorkerUserId, CaseId: task.CaseId)));

        var concerns = await db.Concerns.AsNoTracking()
            .Where(c => c.Status == ConcernStatus.AwaitingTriage && c.TriageDueAt != null && c.TriageDueAt < now && c.TriageOrganisationId != null)
            .Select(c => new { c.Id, c.Reference, c.TriageDueAt, c.TriageOrganisationId, c.IsPrevent, c.IsModernSlavery })
            .ToListAsync(cancellationToken);
        candidates.AddRange(concerns.Select(concern =>
        {
            var due = DateOnly.FromDateTime(concern.TriageDueAt!.Value);
            return new Candidate(ReminderKind.TriageOverdue, concern.Id, due, "A concern is overdue for triage", $"it was due by {Format(due)}",
                $"concern {concern.Reference}", $"/triage/{concern.Id}", concern.TriageOrganisationId!.Value,
                concern.IsPrevent && !concern.IsModernSlavery ? HarbourRoles.PreventLead : HarbourRoles.SafeguardingLead, null, ConcernId: concern.Id);
        }));
        var directory = await db.DirectoryServices.AsNoTracking()
            .Where(s => s.IsActive && s.Status != ServiceStatus.Defunct)
            .Select(s => new { s.Id, s.Name, s.LastCheckedOn })
            .ToListAsync(cancellationToken);
        candidates.AddRange(directory
            .Where(s => SupportDirectoryService.IsCheckDue(s.LastCheckedOn, today))
            .Select(s =>
            {
                var due = s.LastCheckedOn.AddMonths(SupportDirectoryService.CheckEveryMonths);
                return new Candidate(ReminderKind.DirectoryCheckDue, s.Id, due, "A support directory entry is due a check", $"it was last checked on {Format(s.LastCheckedOn)}",
                    $"the entry for {s.Name}", $"/directory/services/{s.Id}", Guid.Empty, HarbourRoles.PartnershipCoordinator, null);
            }));
        var resources = await db.LibraryResources.AsNoTracking().Where(r => r.IsActive && r.ReviewDueOn <= today)
            .Select(r => new { r.Id, r.Title, r.ReviewDueOn })
            .ToListAsync(cancellationToken);
        candidates.AddRange(resources.Select(r => new Candidate(ReminderKind.ResourceReviewDue, r.Id, r.ReviewDueOn, "A resource library document is due for review",
            $"its review date was {Format(r.ReviewDueOn)}", $"'{r.Title}'", $"/partnership/resources/{r.Id}", Guid.Empty, HarbourRoles.PartnershipCoordinator, null)));
        candidates.AddRange(await GovernanceReviewsAsync(today, cancellationToken));
        return candidates;
    }

    /// <summary>The strategy, the terms of reference and each membership, a month before their review is due: coordinators are told.</summary>
    private async Task<IEnumerable<Candidate>> GovernanceReviewsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(GovernanceReviewWarningDays);
        var candidates = new List<Candidate>();
        var strategy = await db.Strategies.AsNoTracking().OrderByDescending(s => s.StartsOn).ThenByDescending(s => s.RecordedAt).FirstOrDefaultAsync(cancellationToken);
        if (strategy is not null && strategy.ReviewDueOn <= horizon)
        {
            candidates.Add(new Candidate(ReminderKind.StrategyReviewDue, strategy.Id, strategy.ReviewDueOn, "The partnership strategy is due for review",
                $"its review is due on {Format(strategy.ReviewDueOn)}", $"'{strategy.Title}'", "/partnership/strategy", Guid.Empty, HarbourRoles.PartnershipCoordinator, null));
        }

        var terms = await db.TermsOfReference.AsNoTracking().OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
        if (terms is not null && terms.ReviewDueOn <= horizon)
        {
            candidates.Add(new Candidate(ReminderKind.TermsOfReferenceReviewDue, terms.Id, terms.ReviewDueOn, "The terms of reference are due for their annual review",
                $"the review is due on {Format(terms.ReviewDueOn)}", $"version {terms.Version}", "/partnership/terms-of-reference", Guid.Empty, HarbourRoles.PartnershipCoordinator, null));
        }

        var members = await (from m in db.PartnershipMembers.AsNoTracking()
                             join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
                             where m.LeftOn == null && m.ReviewDueOn <= horizon
                             select new { m.Id, m.ReviewDueOn, o.Name }).ToListAsync(cancellationToken);
        candidates.AddRange(members.Select(m => new Candidate(ReminderKind.MembershipReviewDue, m.Id, m.ReviewDueOn, "A membership is due for its annual review",
            $"the review is due on {Format(m.ReviewDueOn)}", $"the membership of {m.Name}", $"/partnership/members/{m.Id}", Guid.Empty, HarbourRoles.PartnershipCoordinator, null)));
        return candidates;
    }

    /// <summary>
    /// Who to email for each reminder: the person who must act, if active; otherwise the organisation's leads for
    /// that kind of work. Looked up in two queries for the whole run, not one per reminder.
    /// </summary>
    private async Task<Func<Candidate, IReadOnlyList<string>>> RecipientsAsync(IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken)
    {
        var people = candidates.Where(c => c.PersonToAct is not null).Select(c => c.PersonToAct!.Value).Distinct().ToList();
        var emails = await db.Users.AsNoTracking()
            .Where(u => people.Contains(u.Id) && u.IsActive && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
        var roles = candidates.Select(c => c.LeadRole).Distinct().ToList();
        var leads = (await (from user in db.Users.AsNoTracking()
                            join userRole in db.UserRoles on user.Id equals userRole.UserId
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where user.IsActive && user.Email != null && roles.Contains(role.Name!)
                            select new { user.OrganisationId, Role = role.Name!, Email = user.Email! })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.Email, StringComparer.Ordinal)
            .ToList();
        return candidate => candidate.PersonToAct is { } userId && emails.TryGetValue(userId, out var email)
            ? [email]
            : leads.Where(l => l.Role == candidate.LeadRole && (candidate.OrganisationId == Guid.Empty || l.OrganisationId == candidate.OrganisationId))
                .Select(l => l.Email).Distinct().ToList();
    }

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
