using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Concerns;

/// <summary>A concern waiting for triage, as the queue shows it: no names, only what is needed to prioritise.</summary>
public sealed record TriageQueueItem(
    Guid Id, string Reference, bool ImmediateDanger, bool IsModernSlavery, bool IsPrevent, AgeGroup AgeGroup,
    string? AreaName, ConcernSource Source, DateTime SubmittedAt, DateTime DueAt);

/// <summary>What a member of the public tells us in the anonymous report form.</summary>
public sealed record PublicReport(string? WhatHappened, string? AreaCode, string? WhereSeen, string? WhenSeen, string? Contact, bool IsPrevent);

public sealed record TriageRequest(TriageDecision? Decision, string? Reason, string? PassToOrganisationCode);

/// <summary>
/// Concerns from draft to triage decision. A draft belongs to the person writing it; once submitted it waits in
/// the triage queue of the local authority for its area. Every read and change is audited.
/// </summary>
public sealed class ConcernService(HarbourDbContext db, TimeProvider time, AuditLog audit, NeedToKnow needToKnow, CaseReferences references, CaseService cases, AttachmentStore attachments)
{
    public static readonly string[] TriageRoles = [HarbourRoles.SafeguardingLead, HarbourRoles.PreventLead];

    public async Task<Concern> StartDraftAsync(UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = Now;
        var concern = new Concern
        {
            Id = Guid.NewGuid(),
            Status = ConcernStatus.Draft,
            Source = ConcernSource.Professional,
            RaisedByUserId = user.UserId,
            RaisedByOrganisationId = user.OrganisationId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Concerns.Add(concern);
        audit.Record(actor, "concern.draft-started", nameof(Concern), concern.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return concern;
    }

    /// <summary>A draft of the user's own; anyone else's draft, or a submitted concern, is not found.</summary>
    public async Task<Concern?> GetDraftAsync(Guid id, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var concern = await db.Concerns.SingleOrDefaultAsync(
            c => c.Id == id && c.Status == ConcernStatus.Draft && c.RaisedByUserId == user.UserId, cancellationToken);
        if (concern is not null)
        {
            audit.Record(actor, "concern.read", nameof(Concern), id.ToString(), "Draft");
            await db.SaveChangesAsync(cancellationToken);
        }

        return concern;
    }

    /// <summary>Applies one question page's answers to a draft. Problems found by <paramref name="change"/> are thrown before anything is saved.</summary>
    public async Task<Concern> UpdateDraftAsync(Guid id, UserScope user, AuditActor actor, string section, Action<Concern> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var concern = await db.Concerns.SingleOrDefaultAsync(
                c => c.Id == id && c.Status == ConcernStatus.Draft && c.RaisedByUserId == user.UserId, cancellationToken)
            ?? throw new KeyNotFoundException($"No draft concern {id} for this user.");
        var before = ConcernSnapshot.Of(concern);
        change(concern);
        concern.UpdatedAt = Now;
        audit.Record(actor, "concern.draft-saved", nameof(Concern), id.ToString(), section, before, ConcernSnapshot.Of(concern));
        await db.SaveChangesAsync(cancellationToken);
        return concern;
    }

    /// <summary>Checks every answer, gives the concern its reference and puts it in the area's triage queue.</summary>
    public async Task<Concern> SubmitAsync(Guid id, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var concern = await db.Concerns.SingleOrDefaultAsync(
                c => c.Id == id && c.Status == ConcernStatus.Draft && c.RaisedByUserId == user.UserId, cancellationToken)
            ?? throw new KeyNotFoundException($"No draft concern {id} for this user.");
        var problems = ConcernRules.Problems(concern, Today, await CodesAsync(cancellationToken));
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(problems);
        }

        await EnqueueAsync(concern, cancellationToken);
        audit.Record(actor, "concern.submitted", nameof(Concern), id.ToString(), after: new { concern.Reference, concern.TriageOrganisationId, concern.TriageDueAt });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return concern;
    }

    /// <summary>
    /// A concern sent by a partner system: checked by the same rules as the form, then straight into the area's
    /// triage queue. The client's organisation is recorded as the one that raised it.
    /// </summary>
    public async Task<Concern> SubmitFromPartnerAsync(Concern concern, Guid organisationId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var problems = ConcernRules.Problems(concern, Today, await CodesAsync(cancellationToken));
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Now;
        concern.Id = Guid.NewGuid();
        concern.Source = ConcernSource.PartnerSystem;
        concern.RaisedByOrganisationId = organisationId;
        concern.RaisedByUserId = null;
        concern.CreatedAt = now;
        db.Concerns.Add(concern);
        await EnqueueAsync(concern, cancellationToken);
        audit.Record(actor, "concern.submitted", nameof(Concern), concern.Id.ToString(), "Partner system",
            after: new { concern.Reference, concern.TriageOrganisationId, concern.TriageDueAt });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return concern;
    }

    public async Task<Guid?> AreaIdAsync(string? code, CancellationToken cancellationToken = default) =>
        await db.Areas.Where(a => a.Code == code && a.IsActive).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A report from the public: no account, so it goes straight to the area's triage queue. The reporter gets the
    /// reference and nothing else.
    /// </summary>
    public async Task<string> SubmitPublicReportAsync(PublicReport report, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var whatHappened = ConcernRules.Clean(report.WhatHappened);
        if (whatHappened is null)
        {
            errors["WhatHappened"] = "Enter what you saw or heard";
        }
        else if (ConcernRules.TextProblem(whatHappened, "What you saw", 5_000) is { } problem)
        {
            errors["WhatHappened"] = problem;
        }

        var area = await db.Areas.SingleOrDefaultAsync(a => a.Code == report.AreaCode && a.IsActive, cancellationToken);
        if (area is null)
        {
            errors["Area"] = "Select the area where you saw it";
        }

        foreach (var (field, label, value) in new[] { ("WhereSeen", "Where", report.WhereSeen), ("WhenSeen", "When", report.WhenSeen), ("Contact", "Contact details", report.Contact) })
        {
            if (ConcernRules.TextProblem(value, label, ConcernRules.MaximumShortTextLength) is { } problem)
            {
                errors[field] = problem;
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Now;
        var concern = new Concern
        {
            Id = Guid.NewGuid(),
            Source = ConcernSource.PublicReport,
            IsModernSlavery = !report.IsPrevent,
            IsPrevent = report.IsPrevent,
            AreaId = area!.Id,
            WhatHappened = whatHappened,
            WhereSeen = ConcernRules.Clean(report.WhereSeen),
            WhenSeen = ConcernRules.Clean(report.WhenSeen),
            ReporterContact = ConcernRules.Clean(report.Contact),
            Person = new PersonAtRisk { AgeGroup = AgeGroup.NotKnown },
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Concerns.Add(concern);
        await EnqueueAsync(concern, cancellationToken);
        audit.Record(actor, "concern.reported-by-public", nameof(Concern), concern.Id.ToString(), after: new { concern.Reference, Area = area.Code });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return concern.Reference!;
    }

    /// <summary>
    /// The user's organisation's queue: immediate danger first, then oldest first. Prevent concerns only for
    /// Prevent leads, modern slavery ones only for safeguarding leads.
    /// </summary>
    public async Task<IReadOnlyList<TriageQueueItem>> TriageQueueAsync(UserScope user, string? areaCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var seesSafeguarding = user.IsIn(HarbourRoles.SafeguardingLead);
        var seesPrevent = user.IsIn(HarbourRoles.PreventLead);
        var areaId = areaCode is null ? null : await AreaIdAsync(areaCode, cancellationToken);
        var items = await db.Concerns.AsNoTracking()
            .Where(c => c.TriageOrganisationId == user.OrganisationId && c.Status == ConcernStatus.AwaitingTriage)
            .Where(c => areaId == null || c.AreaId == areaId)
            .Where(c => (seesSafeguarding && c.IsModernSlavery) || (seesPrevent && c.IsPrevent))
            .Select(c => new
            {
                c.Id, c.Reference, c.ImmediateDanger, c.IsModernSlavery, c.IsPrevent, c.Person.AgeGroup, c.AreaId, c.Source, c.SubmittedAt, c.TriageDueAt,
            })
            .ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return items
            .OrderByDescending(c => c.ImmediateDanger == true)
            .ThenBy(c => c.SubmittedAt)
            .Select(c => new TriageQueueItem(c.Id, c.Reference!, c.ImmediateDanger == true, c.IsModernSlavery, c.IsPrevent, c.AgeGroup ?? AgeGroup.NotKnown,
                c.AreaId is { } area && areas.TryGetValue(area, out var name) ? name : null, c.Source, c.SubmittedAt!.Value, c.TriageDueAt!.Value))
            .ToList();
    }

    /// <summary>A submitted concern, if the user may see it (null otherwise, so it looks like it does not exist). The read is audited.</summary>
    public async Task<Concern?> GetAsync(Guid id, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var concern = await db.Concerns.SingleOrDefaultAsync(c => c.Id == id && c.Status != ConcernStatus.Draft, cancellationToken);
        if (concern is null || !await needToKnow.CanOpenAsync(user, concern, cancellationToken))
        {
            return null;
        }

        audit.Record(actor, "concern.read", nameof(Concern), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return concern;
    }

    /// <summary>Checks and stores a file, then adds it to the user's draft. A refused file changes nothing.</summary>
    public async Task<Attachment> AddAttachmentAsync(Guid id, Upload upload, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        _ = await db.Concerns.AsNoTracking().AnyAsync(c => c.Id == id && c.Status == ConcernStatus.Draft && c.RaisedByUserId == user.UserId, cancellationToken)
            ? true
            : throw new KeyNotFoundException($"No draft concern {id} for this user.");
        var attachment = await attachments.SaveAsync(upload, user.UserId, Now, cancellationToken);
        await UpdateDraftAsync(id, user, actor, "attachments", c => c.Attachments.Add(attachment), cancellationToken);
        return attachment;
    }

    public Task RemoveAttachmentAsync(Guid id, Guid attachmentId, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        UpdateDraftAsync(id, user, actor, "attachments", c => c.Attachments.RemoveAll(a => a.Id == attachmentId), cancellationToken);

    /// <summary>An attachment's content, for its author (draft) or anyone who may see the concern. The download is audited.</summary>
    public async Task<(Attachment Attachment, Stream Content)?> OpenAttachmentAsync(Guid id, Guid attachmentId, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var concern = await db.Concerns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null
            || (concern.Status == ConcernStatus.Draft ? concern.RaisedByUserId != user.UserId : !await needToKnow.CanOpenAsync(user, concern, cancellationToken))
            || concern.Attachments.SingleOrDefault(a => a.Id == attachmentId) is not { } attachment)
        {
            return null;
        }

        await audit.RecordAndSaveAsync(actor, "concern.attachment-downloaded", nameof(Concern), id.ToString(), attachment.FileName, cancellationToken);
        return (attachment, attachments.Open(attachment.StorageName));
    }

    public async Task<IReadOnlyList<Concern>> ListRaisedByAsync(UserScope user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await db.Concerns.AsNoTracking()
            .Where(c => c.RaisedByUserId == user.UserId)
            .OrderByDescending(c => c.UpdatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Records the triage decision. Opening a case creates it, owned by the triaging organisation, in the same transaction.</summary>
    public async Task<Concern> DecideAsync(Guid id, TriageRequest request, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var concern = await db.Concerns.SingleOrDefaultAsync(c => c.Id == id && c.Status == ConcernStatus.AwaitingTriage, cancellationToken);
        if (concern is null || concern.TriageOrganisationId != user.OrganisationId || !TriageRoles.Any(user.IsIn)
            || !await needToKnow.CanOpenAsync(user, concern, cancellationToken))
        {
            throw new KeyNotFoundException($"No concern {id} awaiting this organisation's triage.");
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var reason = ConcernRules.Clean(request.Reason);
        if (request.Decision is null)
        {
            errors["Decision"] = "Select what should happen next";
        }

        if (reason is null)
        {
            errors["Reason"] = "Enter the reason for your decision";
        }
        else if (ConcernRules.TextProblem(reason, "Reason", 5_000) is { } problem)
        {
            errors["Reason"] = problem;
        }

        Organisation? passTo = null;
        if (request.Decision == TriageDecision.PassToAnotherOrganisation)
        {
            passTo = await db.Organisations.SingleOrDefaultAsync(o => o.Code == request.PassToOrganisationCode && o.IsActive, cancellationToken);
            if (passTo is null)
            {
                errors["PassToOrganisation"] = "Select the organisation to pass the concern to";
            }
            else if (passTo.Id == user.OrganisationId)
            {
                errors["PassToOrganisation"] = "Select a different organisation from your own";
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var before = new { concern.Status, concern.TriageOrganisationId };
        var now = Now;
        if (request.Decision == TriageDecision.PassToAnotherOrganisation)
        {
            concern.TriageOrganisationId = passTo!.Id;
            concern.TriageDueAt = WorkingDays.Add(now, 1);
            concern.DecisionReason = reason;
            audit.Record(actor, "concern.passed-on", nameof(Concern), id.ToString(), reason, before, new { concern.Status, concern.TriageOrganisationId });
        }
        else
        {
            concern.Status = ConcernStatus.Triaged;
            concern.Decision = request.Decision;
            concern.DecisionReason = reason;
            concern.DecidedAt = now;
            concern.DecidedByUserId = user.UserId;
            if (request.Decision == TriageDecision.OpenCase)
            {
                var opened = await cases.OpenFromConcernAsync(concern, user, actor, cancellationToken);
                concern.CaseId = opened.Id;
            }

            audit.Record(actor, "concern.triaged", nameof(Concern), id.ToString(), reason, before,
                new { concern.Status, concern.Decision, concern.CaseId });
        }

        concern.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return concern;
    }

    public Task<string> CaseReferenceAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync(cancellationToken);

    public async Task<ReferenceCodes> CodesAsync(CancellationToken cancellationToken = default) => new(
        (await db.ExploitationTypes.Where(e => e.IsActive).Select(e => e.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.Indicators.Where(i => i.IsActive).Select(i => i.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.RadicalisationSigns.Where(s => s.IsActive).Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The triaging organisation is the local authority for the area: it holds the statutory safeguarding duties
    /// (Care Act 2014 s42, Children Act 1989 s47) and the Prevent lead.
    /// </summary>
    private async Task EnqueueAsync(Concern concern, CancellationToken cancellationToken)
    {
        var localAuthority = await db.Organisations
            .Where(o => o.IsActive && o.Type == OrganisationType.LocalAuthority && o.Areas.Any(a => a.Id == concern.AreaId))
            .OrderBy(o => o.SortOrder)
            .Select(o => (Guid?)o.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("No active local authority covers this area; check the organisations in the reference data.");
        var now = Now;
        concern.Reference = await references.NextAsync(CaseReferences.ConcernPrefix, cancellationToken);
        concern.Status = ConcernStatus.AwaitingTriage;
        concern.TriageOrganisationId = localAuthority;
        concern.SubmittedAt = now;
        concern.TriageDueAt = WorkingDays.Add(now, 1);
        concern.UpdatedAt = now;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);
}

/// <summary>What the audit trail keeps of a concern before and after a change (attachments by name only).</summary>
internal static class ConcernSnapshot
{
    public static object Of(Concern concern) => new
    {
        concern.IsModernSlavery,
        concern.IsPrevent,
        concern.ImmediateDanger,
        concern.AreaId,
        Person = new
        {
            concern.Person.GivenNames, concern.Person.FamilyName, concern.Person.Aliases, concern.Person.DateOfBirth, concern.Person.ApproximateAge,
            concern.Person.AgeGroup, concern.Person.Gender, concern.Person.Nationality, concern.Person.Languages, concern.Person.InterpreterNeeded,
            concern.Person.Phone, concern.Person.Address, concern.Person.Postcode, concern.Person.CurrentLocation,
        },
        concern.ExploitationTypeCodes,
        concern.IndicatorCodes,
        concern.RadicalisationSignCodes,
        concern.PreventConcernType,
        concern.WhatHappened,
        concern.OtherPeopleKnown,
        OtherPeople = concern.OtherPeople.Select(p => new { p.Role, p.Name, p.Phone, p.Address, p.Postcode, p.VehicleRegistrations, p.Business, p.Notes }),
        concern.Consent,
        Attachments = concern.Attachments.Select(a => a.FileName),
    };
}
