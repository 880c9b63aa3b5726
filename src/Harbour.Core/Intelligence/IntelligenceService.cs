using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Governance;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Intelligence;

public sealed record TaskingEdit(Guid? AssignedToUserId, DateOnly? DueOn, string? Instructions);

/// <summary>
/// What a submitter sees of their own reports: the reference, when it went and where it is. Not who it was given
/// to, what they were asked to do, or the outcome: that is the Pursue group's operational business, and the
/// submitter may be a council or charity lead outside the police.
/// </summary>
public sealed record SubmittedReportStatus(Guid Id, string? Reference, IntelligenceStatus Status, string? CaseReference, DateTime CreatedAt, DateTime? SubmittedAt, DateTime? ClosedAt);

/// <summary>A report for the Pursue group, with the submitter's name and organisation.</summary>
public sealed record IntelligenceReportView(IntelligenceReport Report, string SubmittedByName, string SubmittedByOrganisation);

/// <summary>
/// Graded intelligence for the police-led Pursue group. Police analysts and safeguarding and Prevent leads write
/// and submit it; on submission the victim's details Harbour knows from the linked case are taken out unless the
/// submitter says they are needed. Submitted reports exist only for Pursue group members who are police analysts
/// (intelligence is for police roles only): to anyone else every report is "not found". Every view of a report
/// is audited, and every change with its before and after, in the same transaction.
/// </summary>
public sealed class IntelligenceService(HarbourDbContext db, TimeProvider time, AuditLog audit, CaseReferences references)
{
    public const string ReferencePrefix = "INT";
    public const int MaximumTextLength = ConcernRules.MaximumTextLength;

    /// <summary>Tasking instructions and the outcome recorded on closing.</summary>
    public const int MaximumNoteLength = 5_000;

    /// <summary>Roles that may submit intelligence: police analysts and the leads who hold cases.</summary>
    public static IReadOnlyList<string> SubmitterRoles { get; } = [HarbourRoles.PoliceAnalyst, HarbourRoles.SafeguardingLead, HarbourRoles.PreventLead];

    public static bool CanSubmit(UserScope user) => user is not null && SubmitterRoles.Any(user.IsIn);

    /// <summary>Whether the user sees the Pursue group's intelligence: a member of the group, in a police role.</summary>
    public async Task<bool> IsPursueReaderAsync(UserScope user, CancellationToken cancellationToken = default) =>
        user is not null && user.IsIn(HarbourRoles.PoliceAnalyst) && await GovernanceAccess.IsPursueMemberAsync(db, user, cancellationToken);

    // ----- Writing and submitting -----

    public async Task<IntelligenceReport> StartAsync(UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        EnsureSubmitter(user);
        var report = new IntelligenceReport
        {
            Id = Guid.NewGuid(), Status = IntelligenceStatus.Draft, SubmittedByUserId = user.UserId, SubmittedByOrganisationId = user.OrganisationId,
            CreatedAt = Now, UpdatedAt = Now,
        };
        db.IntelligenceReports.Add(report);
        audit.Record(actor, "intelligence.draft-started", nameof(IntelligenceReport), report.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>The user's own draft, or not found.</summary>
    public async Task<IntelligenceReport> GetDraftAsync(Guid id, UserScope user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await db.IntelligenceReports.AsNoTracking().SingleOrDefaultAsync(
                r => r.Id == id && r.Status == IntelligenceStatus.Draft && r.SubmittedByUserId == user.UserId, cancellationToken)
            ?? throw new KeyNotFoundException($"No draft intelligence {id} for this user.");
    }

    /// <summary>Links the draft to a case the submitter may see (need to know, without break glass), or to none.</summary>
    public async Task SaveCaseAsync(Guid id, string? caseReference, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var report = await DraftForChangeAsync(id, user, cancellationToken);
        var wanted = ConcernRules.Clean(caseReference)?.ToUpperInvariant();
        Case? linked = null;
        if (wanted is not null)
        {
            linked = await db.Cases.AsNoTracking().Include(c => c.Shares).SingleOrDefaultAsync(c => c.Reference == wanted, cancellationToken);
            // The same answer whether the case does not exist or is not the user's to see.
            if (linked is null || !RecordAccess.IsWithinScope(user, linked))
            {
                throw new ValidationFailedException("CaseReference", "Enter the reference of a case you can see, like HMS-2026-000123");
            }
        }

        var before = Snapshot(report);
        if (report.CaseId != linked?.Id)
        {
            // A different victim: whether their details are needed has to be answered again.
            report.VictimDetailsNeeded = null;
            report.VictimDetailsReason = null;
        }

        report.CaseId = linked?.Id;
        report.CaseReference = linked?.Reference;
        await SaveDraftAsync(report, "case", before, actor, cancellationToken);
    }

    public async Task SaveTextAsync(Guid id, string? text, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var report = await DraftForChangeAsync(id, user, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, "Text", text, "Enter the intelligence", "Intelligence", MaximumTextLength);
        ConcernRules.ThrowIfAny(errors);
        var before = Snapshot(report);
        report.Text = ConcernRules.Clean(text);
        await SaveDraftAsync(report, "intelligence", before, actor, cancellationToken);
    }

    /// <summary>Saves the 3×5×2 grading; any problem (a grade missing or not one of the model's, C without conditions) saves nothing.</summary>
    public async Task SaveGradingAsync(Guid id, GradingEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var report = await DraftForChangeAsync(id, user, cancellationToken);
        ConcernRules.ThrowIfAny(IntelligenceGrading.Problems(edit));
        var before = Snapshot(report);
        report.SourceEvaluation = edit.SourceEvaluation;
        report.SourceNotReliableReason = edit.SourceEvaluation == SourceEvaluation.NotReliable ? ConcernRules.Clean(edit.SourceNotReliableReason) : null;
        report.Assessment = edit.Assessment;
        report.HandlingCode = edit.HandlingCode;
        report.HandlingConditions = edit.HandlingCode == HandlingCode.LawfulSharingPermittedWithConditions ? ConcernRules.Clean(edit.HandlingConditions) : null;
        await SaveDraftAsync(report, "grading", before, actor, cancellationToken);
    }

    public async Task SaveVictimDetailsAsync(Guid id, bool? needed, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var report = await DraftForChangeAsync(id, user, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.Require(errors, "VictimDetailsNeeded", needed, "Select yes if the Pursue group needs the victim's personal details");
        if (needed == true)
        {
            ConcernRules.CheckText(errors, "VictimDetailsReason", reason, "Enter why the Pursue group needs the victim's personal details", "Why the details are needed", IntelligenceGrading.MaximumConditionsLength);
        }

        ConcernRules.ThrowIfAny(errors);
        var before = Snapshot(report);
        report.VictimDetailsNeeded = needed;
        report.VictimDetailsReason = needed == true ? ConcernRules.Clean(reason) : null;
        await SaveDraftAsync(report, "victim-details", before, actor, cancellationToken);
    }

    /// <summary>The text as the Pursue group will receive it, for the check-answers page.</summary>
    public async Task<Redaction> PreviewAsync(IntelligenceReport draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.VictimDetailsNeeded == true || draft.CaseId is null
            ? new Redaction(draft.Text ?? "", [])
            : VictimDetailsRedactor.Redact(draft.Text ?? "", await VictimsAsync(draft.CaseId.Value, cancellationToken));
    }

    /// <summary>Every answer's problems, keyed by the question it belongs to, in the order of the journey.</summary>
    public static Dictionary<string, string> Problems(IntelligenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, "Text", report.Text, "Enter the intelligence", "Intelligence", MaximumTextLength);
        foreach (var (field, message) in IntelligenceGrading.Problems(new GradingEdit(report.SourceEvaluation, report.SourceNotReliableReason, report.Assessment, report.HandlingCode, report.HandlingConditions)))
        {
            errors[field] = message;
        }

        if (report.CaseId is not null && report.VictimDetailsNeeded is null)
        {
            errors["VictimDetailsNeeded"] = "Select yes if the Pursue group needs the victim's personal details";
        }

        return errors;
    }

    /// <summary>
    /// Checks every answer, takes the victim's details out of the text (unless needed), gives the report its
    /// reference and passes it to the Pursue group. What was taken out is recorded, as counts, on the report and
    /// the audit trail; the values themselves are kept nowhere.
    /// </summary>
    public async Task<IntelligenceReport> SubmitAsync(Guid id, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await DraftForChangeAsync(id, user, cancellationToken);
        ConcernRules.ThrowIfAny(Problems(report));
        if (report.CaseId is { } caseId)
        {
            // The case must still be the submitter's to see: access may have ended since it was linked.
            var linked = await db.Cases.AsNoTracking().Include(c => c.Shares).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
            if (linked is null || !RecordAccess.IsWithinScope(user, linked))
            {
                throw new ValidationFailedException("CaseReference", "Enter the reference of a case you can see, like HMS-2026-000123");
            }
        }

        var redaction = await PreviewAsync(report, cancellationToken);
        report.Text = redaction.Text;
        report.Removals = [.. redaction.Removals];
        report.Reference = await references.NextAsync(ReferencePrefix, cancellationToken);
        report.Status = IntelligenceStatus.Submitted;
        report.SubmittedAt = Now;
        report.UpdatedAt = Now;
        audit.Record(actor, "intelligence.submitted", nameof(IntelligenceReport), report.Id.ToString(),
            report.VictimDetailsNeeded == true ? $"Victim's details kept: {report.VictimDetailsReason}" : null,
            after: Snapshot(report));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>The user's own reports (drafts included), newest first, as far as the submitter is told about them.</summary>
    public async Task<IReadOnlyList<SubmittedReportStatus>> MineAsync(UserScope user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await db.IntelligenceReports.AsNoTracking().Where(r => r.SubmittedByUserId == user.UserId)
            .OrderByDescending(r => r.SubmittedAt ?? r.CreatedAt)
            .Select(r => new SubmittedReportStatus(r.Id, r.Reference, r.Status, r.CaseReference, r.CreatedAt, r.SubmittedAt, r.ClosedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The user's own submitted report's status, for the confirmation page (a draft has nothing to confirm).</summary>
    public async Task<SubmittedReportStatus> MyReportAsync(Guid id, UserScope user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await db.IntelligenceReports.AsNoTracking()
            .Where(r => r.Id == id && r.SubmittedByUserId == user.UserId && r.Status != IntelligenceStatus.Draft)
            .Select(r => new SubmittedReportStatus(r.Id, r.Reference, r.Status, r.CaseReference, r.CreatedAt, r.SubmittedAt, r.ClosedAt))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"No submitted intelligence {id} for this user.");
    }

    // ----- The Pursue group -----

    /// <summary>Submitted reports, newest first, optionally of one status. The listing is audited.</summary>
    public async Task<IReadOnlyList<IntelligenceReportView>> ListAsync(IntelligenceStatus? status, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync(user, cancellationToken);
        var query = db.IntelligenceReports.AsNoTracking().Where(r => r.Status != IntelligenceStatus.Draft);
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        var reports = await query.ToListAsync(cancellationToken);
        audit.Record(actor, "intelligence.listed", nameof(IntelligenceReport), reason: status is null ? "All" : status.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return await ViewsAsync([.. reports.OrderByDescending(r => r.SubmittedAt)], cancellationToken);
    }

    /// <summary>A submitted report, for a Pursue group member; the view is audited.</summary>
    public async Task<IntelligenceReportView> GetAsync(string reference, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync(user, cancellationToken);
        var report = await db.IntelligenceReports.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Reference == reference && r.Status != IntelligenceStatus.Draft, cancellationToken)
            ?? throw new KeyNotFoundException($"No intelligence {reference}.");
        audit.Record(actor, "intelligence.read", nameof(IntelligenceReport), report.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync([report], cancellationToken))[0];
    }

    /// <summary>Who a report can be given to: the Pursue group's members in a police role.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AssigneesAsync(UserScope user, CancellationToken cancellationToken = default)
    {
        await EnsureReaderAsync(user, cancellationToken);
        var analysts = await AnalystMembersQuery().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return [.. analysts.Select(a => (a.Id, a.DisplayName))];
    }

    /// <summary>Gives a submitted or tasked report to a member to act on by a date; a tasked report given again keeps the earlier tasking as history.</summary>
    public async Task<IntelligenceReport> TaskAsync(string reference, TaskingEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var report = await ForChangeAsync(reference, user, cancellationToken);
        if (report.Status == IntelligenceStatus.Closed)
        {
            throw new ValidationFailedException("AssignedToUserId", "This report is closed and cannot be tasked");
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        string? assigneeName = null;
        if (edit.AssignedToUserId is not { } assignee
            || (assigneeName = await AnalystMembersQuery().Where(u => u.Id == assignee).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)) is null)
        {
            errors["AssignedToUserId"] = "Select a member of the Pursue group";
        }

        if (edit.DueOn is not { } due)
        {
            errors["DueOn"] = "Enter the date the task is due";
        }
        else if (due < Today)
        {
            errors["DueOn"] = "The date the task is due must be today or in the future";
        }

        ConcernRules.CheckText(errors, "Instructions", edit.Instructions, "Enter what needs to be done", "What needs to be done", MaximumNoteLength);
        ConcernRules.ThrowIfAny(errors);

        var before = Snapshot(report);
        report.Taskings.Add(new IntelligenceTasking
        {
            AssignedToUserId = edit.AssignedToUserId!.Value, AssignedToName = assigneeName!, DueOn = edit.DueOn!.Value,
            Instructions = ConcernRules.Clean(edit.Instructions)!, TaskedAt = Now, TaskedByUserId = user.UserId, TaskedByName = await NameAsync(user, cancellationToken),
        });
        var action = report.Status == IntelligenceStatus.Tasked ? "intelligence.retasked" : "intelligence.tasked";
        report.Status = IntelligenceStatus.Tasked;
        report.UpdatedAt = Now;
        audit.Record(actor, action, nameof(IntelligenceReport), report.Id.ToString(), before: before, after: Snapshot(report));
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>Closes a submitted or tasked report with its outcome. A closed report stays closed.</summary>
    public async Task<IntelligenceReport> CloseAsync(string reference, string? outcome, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var report = await ForChangeAsync(reference, user, cancellationToken);
        if (report.Status == IntelligenceStatus.Closed)
        {
            throw new ValidationFailedException("Outcome", "This report is already closed");
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, "Outcome", outcome, "Enter the outcome", "Outcome", MaximumNoteLength);
        ConcernRules.ThrowIfAny(errors);
        var before = Snapshot(report);
        report.Status = IntelligenceStatus.Closed;
        report.Outcome = ConcernRules.Clean(outcome);
        report.ClosedAt = Now;
        report.ClosedByUserId = user.UserId;
        report.ClosedByName = await NameAsync(user, cancellationToken);
        report.UpdatedAt = Now;
        audit.Record(actor, "intelligence.closed", nameof(IntelligenceReport), report.Id.ToString(), before: before, after: Snapshot(report));
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    // ----- Helpers -----

    private IQueryable<HarbourUser> AnalystMembersQuery()
    {
        var analystRole = db.Roles.Where(r => r.Name == HarbourRoles.PoliceAnalyst).Select(r => r.Id);
        var analysts = db.UserRoles.Where(ur => analystRole.Contains(ur.RoleId)).Select(ur => ur.UserId);
        var members = db.PursueGroupMembers.Select(m => m.UserId);
        return db.Users.AsNoTracking().Where(u => u.IsActive && members.Contains(u.Id) && analysts.Contains(u.Id));
    }

    private async Task<List<PersonAtRisk>> VictimsAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var people = await db.CasePeople.AsNoTracking().Where(p => p.CaseId == caseId && p.Role == CasePersonRole.AtRisk).ToListAsync(cancellationToken);
        var victims = people.Select(p => p.Details).ToList();
        var concernId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.ConcernId).SingleOrDefaultAsync(cancellationToken);
        if (concernId is { } id && await db.Concerns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } concern)
        {
            victims.Add(concern.Person);
        }

        return victims;
    }

    private async Task<List<IntelligenceReportView>> ViewsAsync(List<IntelligenceReport> reports, CancellationToken cancellationToken)
    {
        var userIds = reports.Select(r => r.SubmittedByUserId).Distinct().ToList();
        var people = await (from u in db.Users.AsNoTracking()
                            join o in db.Organisations.AsNoTracking() on u.OrganisationId equals o.Id
                            where userIds.Contains(u.Id)
                            select new { u.Id, u.DisplayName, Organisation = o.Name }).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. reports.Select(r => people.TryGetValue(r.SubmittedByUserId, out var p)
            ? new IntelligenceReportView(r, p.DisplayName, p.Organisation)
            : new IntelligenceReportView(r, "Unknown", "Unknown"))];
    }

    private async Task EnsureReaderAsync(UserScope user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await IsPursueReaderAsync(user, cancellationToken))
        {
            throw new KeyNotFoundException("Not found.");
        }
    }

    private async Task<IntelligenceReport> ForChangeAsync(string reference, UserScope user, CancellationToken cancellationToken)
    {
        await EnsureReaderAsync(user, cancellationToken);
        return await db.IntelligenceReports.SingleOrDefaultAsync(r => r.Reference == reference && r.Status != IntelligenceStatus.Draft, cancellationToken)
            ?? throw new KeyNotFoundException($"No intelligence {reference}.");
    }

    private async Task<IntelligenceReport> DraftForChangeAsync(Guid id, UserScope user, CancellationToken cancellationToken)
    {
        EnsureSubmitter(user);
        return await db.IntelligenceReports.SingleOrDefaultAsync(
                r => r.Id == id && r.Status == IntelligenceStatus.Draft && r.SubmittedByUserId == user.UserId, cancellationToken)
            ?? throw new KeyNotFoundException($"No draft intelligence {id} for this user.");
    }

    private async Task SaveDraftAsync(IntelligenceReport report, string section, object before, AuditActor actor, CancellationToken cancellationToken)
    {
        report.UpdatedAt = Now;
        audit.Record(actor, "intelligence.draft-saved", nameof(IntelligenceReport), report.Id.ToString(), section, before, Snapshot(report));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void EnsureSubmitter(UserScope user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!CanSubmit(user))
        {
            throw new UnauthorizedAccessException("Only police analysts and safeguarding and Prevent leads submit intelligence.");
        }
    }

    private Task<string> NameAsync(UserScope user, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == user.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);

    /// <summary>
    /// What the audit trail keeps of a report. A draft's text may still hold a victim's details, so the trail
    /// keeps only its length; a submitted report's text has had them taken out (or they were needed, with the reason).
    /// </summary>
    private static object Snapshot(IntelligenceReport r) => new
    {
        r.Reference, r.Status, r.CaseReference,
        Text = r.Status == IntelligenceStatus.Draft ? null : r.Text,
        TextLength = r.Text?.Length ?? 0,
        r.Grade, r.SourceEvaluation, r.SourceNotReliableReason, r.Assessment, r.HandlingCode, r.HandlingConditions,
        r.VictimDetailsNeeded, r.VictimDetailsReason,
        Removals = r.Removals.Select(x => new { x.Kind, x.Count }).ToList(),
        Tasking = r.CurrentTasking is { } t ? new { t.AssignedToUserId, t.AssignedToName, t.DueOn, t.Instructions } : null,
        r.Outcome,
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);
}
