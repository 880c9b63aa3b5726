using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Cases;

public sealed record CaseFilter(
    CaseStatus? Status = null, string? Type = null, Guid? AreaId = null, Guid? LeadWorkerUserId = null, bool OverdueOnly = false,
    string Sort = "updated", int Page = 1, int PageSize = 25);

public sealed record CaseListItem(
    Guid Id, string Reference, CaseStatus Status, bool IsModernSlavery, bool IsPrevent, AgeGroup AgeGroup, Guid OwnerOrganisationId,
    Guid? AreaId, Guid? LeadWorkerUserId, DateTime OpenedAt, DateTime UpdatedAt, DateOnly? NextTaskDueOn);

public sealed record CaseList(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>What the case list sorts on; a class with setters because EF translates member-init in a UNION, not constructors.</summary>
internal sealed class SortKey
{
    public Guid Id { get; init; }

    public string Reference { get; init; } = "";

    public DateTime UpdatedAt { get; init; }

    public DateTime OpenedAt { get; init; }

    public DateOnly? NextTaskDueOn { get; init; }
}

public sealed record NewShare(string? OrganisationCode, string? Purpose, LawfulBasis? LawfulBasis);

/// <summary>
/// The shared case record. Reads go through need to know (a case outside the user's scope is not found) and are
/// audited; every change is audited and written to the case's chronology in the same transaction.
/// </summary>
public sealed class CaseService(HarbourDbContext db, TimeProvider time, AuditLog audit, NeedToKnow needToKnow, CaseReferences references, BreakGlassService breakGlass)
{
    /// <summary>Roles that decide about a case of their own organisation: share, transfer, close, reopen.</summary>
    public static readonly string[] CaseLeadRoles = [HarbourRoles.SafeguardingLead, HarbourRoles.PreventLead];

    internal async Task<Case> OpenFromConcernAsync(Concern concern, UserScope user, AuditActor actor, CancellationToken cancellationToken)
    {
        var now = Now;
        var @case = new Case
        {
            Id = Guid.NewGuid(),
            Reference = await references.NextAsync(CaseReferences.CasePrefix, cancellationToken),
            Status = CaseStatus.Open,
            IsModernSlavery = concern.IsModernSlavery,
            IsPrevent = concern.IsPrevent,
            OwnerOrganisationId = concern.TriageOrganisationId!.Value,
            LeadWorkerUserId = user.UserId,
            AreaId = concern.AreaId,
            ConcernId = concern.Id,
            RaisedByUserId = null,
            AgeGroup = concern.EffectiveAgeGroup,
            OpenedAt = now,
            UpdatedAt = now,
        };
        @case.People.Add(new CasePerson { Id = Guid.NewGuid(), Role = CasePersonRole.AtRisk, Details = Copy(concern.Person) });
        foreach (var other in concern.OtherPeople)
        {
            @case.People.Add(new CasePerson
            {
                Id = Guid.NewGuid(),
                Role = other.Role switch
                {
                    InvolvementRole.SuspectedExploiter => CasePersonRole.SuspectedExploiter,
                    InvolvementRole.AtTheSameAddress => CasePersonRole.AtTheSameAddress,
                    _ => CasePersonRole.Other,
                },
                Details = new PersonAtRisk { GivenNames = other.Name, Phone = other.Phone, Address = other.Address, Postcode = other.Postcode },
                VehicleRegistrations = [.. other.VehicleRegistrations],
                Business = other.Business,
                Notes = other.Notes,
            });
        }

        foreach (var attachment in concern.Attachments)
        {
            @case.Documents.Add(new CaseDocument
            {
                Id = Guid.NewGuid(), FileName = attachment.FileName, ContentType = attachment.ContentType, Size = attachment.Size,
                StorageName = attachment.StorageName, AddedAt = attachment.UploadedAt, AddedByUserId = attachment.UploadedByUserId,
            });
        }

        Chronicle(@case, user, "opened", $"Case opened from concern {concern.Reference}");
        db.Cases.Add(@case);
        audit.Record(actor, "case.opened", nameof(Case), @case.Id.ToString(), $"From concern {concern.Reference}",
            after: new { @case.Reference, @case.OwnerOrganisationId, @case.LeadWorkerUserId });
        return @case;
    }

    /// <summary>
    /// The case with everything the user may see of it, or null when it does not exist or is outside their
    /// scope. Sensitive notes are left out for anyone outside the owning organisation. The read is audited.
    /// </summary>
    public async Task<Case?> GetAsync(string reference, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Not tracked: what this user may not see is taken out of the returned copy, never out of the record.
        var @case = await db.Cases.AsNoTracking()
            .Include(c => c.People)
            .Include(c => c.Chronology)
            .Include(c => c.Notes)
            .Include(c => c.Tasks)
            .Include(c => c.Shares)
            .Include(c => c.Documents)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null || !await needToKnow.CanOpenAsync(user, @case, cancellationToken))
        {
            return null;
        }

        audit.Record(actor, "case.read", nameof(Case), @case.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        if (@case.OwnerOrganisationId != user.OrganisationId)
        {
            @case.Notes.RemoveAll(n => n.IsSensitive);
            @case.Chronology.RemoveAll(e => e.IsSensitive);
        }

        @case.Chronology = [.. @case.Chronology.OrderBy(e => e.OccurredAt)];
        @case.Notes = [.. @case.Notes.OrderByDescending(n => n.WrittenAt)];
        return @case;
    }

    public async Task<CaseNote> AddNoteAsync(string reference, string? text, bool sensitive, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await ForChangeAsync(reference, user, leadOnly: false, cancellationToken);
        var clean = ConcernRules.Clean(text);
        if (clean is null)
        {
            throw new ValidationFailedException("Text", "Enter the note");
        }

        if (ConcernRules.TextProblem(clean, "Note") is { } problem)
        {
            throw new ValidationFailedException("Text", problem);
        }

        if (sensitive && @case.OwnerOrganisationId != user.OrganisationId)
        {
            throw new ValidationFailedException("IsSensitive", "Only the organisation that owns the case can add sensitive notes");
        }

        var note = new CaseNote
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, Text = clean, IsSensitive = sensitive,
            AuthorUserId = user.UserId, AuthorOrganisationId = user.OrganisationId, WrittenAt = Now,
        };
        db.CaseNotes.Add(note);
        Chronicle(@case, user, "note", sensitive ? "Sensitive note added" : "Note added", sensitive);
        audit.Record(actor, "case.note-added", nameof(Case), @case.Id.ToString(), after: new { note.Id, note.IsSensitive, note.Text });
        await SaveAsync(@case, cancellationToken);
        return note;
    }

    public async Task<CaseTask> AddTaskAsync(string reference, string? title, DateOnly? dueOn, Guid? assigneeUserId, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await ForChangeAsync(reference, user, leadOnly: false, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var cleanTitle = ConcernRules.Clean(title);
        if (cleanTitle is null)
        {
            errors["Title"] = "Enter what needs to be done";
        }
        else if (ConcernRules.TextProblem(cleanTitle, "Task", 200) is { } problem)
        {
            errors["Title"] = problem;
        }

        if (dueOn is null)
        {
            errors["DueOn"] = "Enter the date the task is due";
        }
        else if (dueOn < DateOnly.FromDateTime(Now))
        {
            errors["DueOn"] = "The date the task is due must be today or in the future";
        }

        if (assigneeUserId is { } assignee && !await CanBeAssignedAsync(@case, assignee, cancellationToken))
        {
            errors["Assignee"] = "Select someone from an organisation working on this case";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var task = new CaseTask { Id = Guid.NewGuid(), CaseId = @case.Id, Title = cleanTitle!, DueOn = dueOn!.Value, AssigneeUserId = assigneeUserId, CreatedAt = Now };
        @case.Tasks.Add(task);
        Chronicle(@case, user, "task", $"Task added: {task.Title}, due {task.DueOn:d MMMM yyyy}");
        audit.Record(actor, "case.task-added", nameof(Case), @case.Id.ToString(), after: new { task.Id, task.Title, task.DueOn, task.AssigneeUserId });
        await SaveAsync(@case, cancellationToken);
        return task;
    }

    /// <summary>Records how to work with the person; any case worker may, and an empty answer removes them.</summary>
    public async Task SetReasonableAdjustmentsAsync(string reference, string? adjustments, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await ForChangeAsync(reference, user, leadOnly: false, cancellationToken);
        var clean = ConcernRules.Clean(adjustments);
        if (ConcernRules.TextProblem(clean, "Reasonable adjustments") is { } problem)
        {
            throw new ValidationFailedException("ReasonableAdjustments", problem);
        }

        var before = @case.ReasonableAdjustments;
        if (before == clean)
        {
            return;
        }

        @case.ReasonableAdjustments = clean;
        Chronicle(@case, user, "adjustments", clean is null ? "Reasonable adjustments removed" : "Reasonable adjustments recorded");
        audit.Record(actor, "case.adjustments-changed", nameof(Case), @case.Id.ToString(), before: new { ReasonableAdjustments = before }, after: new { ReasonableAdjustments = clean });
        await SaveAsync(@case, cancellationToken);
    }

    public async Task CompleteTaskAsync(string reference, Guid taskId, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await ForChangeAsync(reference, user, leadOnly: false, cancellationToken);
        var task = @case.Tasks.SingleOrDefault(t => t.Id == taskId) ?? throw new KeyNotFoundException($"No task {taskId} on {reference}.");
        if (task.CompletedAt is not null)
        {
            return;
        }

        task.CompletedAt = Now;
        task.CompletedByUserId = user.UserId;
        Chronicle(@case, user, "task", $"Task done: {task.Title}");
        audit.Record(actor, "case.task-completed", nameof(Case), @case.Id.ToString(), after: new { task.Id, task.CompletedAt });
        await SaveAsync(@case, cancellationToken);
    }

    public async Task<CaseShare> ShareAsync(string reference, NewShare request, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var @case = await ForChangeAsync(reference, user, leadOnly: true, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Code == request.OrganisationCode && o.IsActive, cancellationToken);
        if (organisation is null)
        {
            errors["Organisation"] = "Select the organisation to share the case with";
        }
        else if (organisation.Id == @case.OwnerOrganisationId)
        {
            errors["Organisation"] = "The case already belongs to this organisation";
        }
        else if (@case.Shares.Any(s => s.OrganisationId == organisation.Id && s.EndedAt is null))
        {
            errors["Organisation"] = $"The case is already shared with {organisation.Name}";
        }

        var purpose = ConcernRules.Clean(request.Purpose);
        if (purpose is null)
        {
            errors["Purpose"] = "Enter why the case is being shared";
        }
        else if (ConcernRules.TextProblem(purpose, "Purpose", 1_000) is { } problem)
        {
            errors["Purpose"] = problem;
        }

        if (request.LawfulBasis is null)
        {
            errors["LawfulBasis"] = "Select the lawful basis for sharing";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var share = new CaseShare
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, OrganisationId = organisation!.Id, Purpose = purpose!, LawfulBasis = request.LawfulBasis!.Value,
            SharedAt = Now, SharedByUserId = user.UserId,
        };
        @case.Shares.Add(share);
        Chronicle(@case, user, "shared", $"Shared with {organisation.Name}: {purpose}");
        audit.Record(actor, "case.shared", nameof(Case), @case.Id.ToString(), purpose,
            after: new { Organisation = organisation.Code, share.LawfulBasis });
        await SaveAsync(@case, cancellationToken);
        return share;
    }

    public async Task EndShareAsync(string reference, Guid shareId, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await ForChangeAsync(reference, user, leadOnly: true, cancellationToken);
        var share = @case.Shares.SingleOrDefault(s => s.Id == shareId && s.EndedAt is null) ?? throw new KeyNotFoundException($"No current share {shareId} on {reference}.");
        share.EndedAt = Now;
        share.EndedByUserId = user.UserId;
        share.EndReason = ConcernRules.Clean(reason);
        var organisation = await db.Organisations.Where(o => o.Id == share.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        Chronicle(@case, user, "share-ended", $"No longer shared with {organisation}");
        audit.Record(actor, "case.share-ended", nameof(Case), @case.Id.ToString(), share.EndReason, after: new { share.OrganisationId, share.EndedAt });
        await SaveAsync(@case, cancellationToken);
    }

    public async Task CloseAsync(string reference, string? outcome, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await ForChangeAsync(reference, user, leadOnly: true, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (@case.Status == CaseStatus.Closed)
        {
            errors["Outcome"] = "The case is already closed";
        }

        var cleanOutcome = ConcernRules.Clean(outcome);
        var cleanReason = ConcernRules.Clean(reason);
        if (cleanOutcome is null)
        {
            errors["Outcome"] = "Enter the outcome of the case";
        }

        if (cleanReason is null)
        {
            errors["ClosureReason"] = "Enter why the case is being closed";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        @case.Status = CaseStatus.Closed;
        @case.ClosedAt = Now;
        @case.Outcome = cleanOutcome;
        @case.ClosureReason = cleanReason;
        Chronicle(@case, user, "closed", $"Closed: {cleanOutcome}");
        audit.Record(actor, "case.closed", nameof(Case), @case.Id.ToString(), cleanReason, new { Status = CaseStatus.Open }, new { @case.Status, @case.Outcome });
        await SaveAsync(@case, cancellationToken);
    }

    public async Task ReopenAsync(string reference, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await ForChangeAsync(reference, user, leadOnly: true, cancellationToken);
        var cleanReason = ConcernRules.Clean(reason) ?? throw new ValidationFailedException("ReopenReason", "Enter why the case is being reopened");
        if (@case.Status != CaseStatus.Closed)
        {
            throw new ValidationFailedException("ReopenReason", "The case is already open");
        }

        @case.Status = CaseStatus.Open;
        @case.ClosedAt = null;
        Chronicle(@case, user, "reopened", "Reopened");
        audit.Record(actor, "case.reopened", nameof(Case), @case.Id.ToString(), cleanReason, new { Status = CaseStatus.Closed }, new { @case.Status });
        await SaveAsync(@case, cancellationToken);
    }

    /// <summary>Gives the case to another organisation, which becomes its owner; the old owner keeps a share so it can still follow it.</summary>
    public async Task TransferAsync(string reference, string? organisationCode, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await ForChangeAsync(reference, user, leadOnly: true, cancellationToken);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Code == organisationCode && o.IsActive, cancellationToken);
        var cleanReason = ConcernRules.Clean(reason);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (organisation is null || organisation.Id == @case.OwnerOrganisationId)
        {
            errors["TransferTo"] = "Select the organisation that will own the case";
        }

        if (cleanReason is null)
        {
            errors["TransferReason"] = "Enter why the case is being transferred";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var previousOwner = @case.OwnerOrganisationId;
        foreach (var existing in @case.Shares.Where(s => s.OrganisationId == organisation!.Id && s.EndedAt is null))
        {
            existing.EndedAt = Now;
            existing.EndedByUserId = user.UserId;
            existing.EndReason = "Became the owner";
        }

        @case.OwnerOrganisationId = organisation!.Id;
        @case.LeadWorkerUserId = null;
        var keep = new CaseShare
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, OrganisationId = previousOwner, Purpose = "Previous owner, following the case after transfer",
            LawfulBasis = LawfulBasis.SafeguardingCondition, SharedAt = Now, SharedByUserId = user.UserId,
        };
        @case.Shares.Add(keep);
        Chronicle(@case, user, "transferred", $"Transferred to {organisation.Name}: {cleanReason}");
        audit.Record(actor, "case.transferred", nameof(Case), @case.Id.ToString(), cleanReason, new { OwnerOrganisationId = previousOwner }, new { @case.OwnerOrganisationId });
        await SaveAsync(@case, cancellationToken);
    }

    /// <summary>
    /// Cases the user's organisation owns or has been shared, filtered, sorted and paged in the database (the
    /// filters are indexed). Prevent-only cases appear only for Prevent roles. Lists show no personal details.
    /// </summary>
    public async Task<CaseList> ListAsync(UserScope user, CaseFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var organisation = user.OrganisationId;
        var seesPrevent = user.IsIn(HarbourRoles.PreventLead) || user.IsIn(HarbourRoles.ChannelPanelMember);
        var seesSafeguarding = HarbourRoles.CaseWork.Where(r => r is not (HarbourRoles.PreventLead or HarbourRoles.ChannelPanelMember)).Any(user.IsIn);
        var cases = db.Cases.AsNoTracking();
        cases = (seesPrevent, seesSafeguarding) switch
        {
            (true, true) => cases,
            (true, false) => cases.Where(c => c.IsPrevent),
            (false, true) => cases.Where(c => c.IsModernSlavery || !c.IsPrevent),
            _ => cases.Where(_ => false),
        };
        if (filter.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        cases = filter.Type switch
        {
            "modern-slavery" => cases.Where(c => c.IsModernSlavery),
            "prevent" => cases.Where(c => c.IsPrevent),
            _ => cases,
        };
        if (filter.AreaId is { } area)
        {
            cases = cases.Where(c => c.AreaId == area);
        }

        if (filter.LeadWorkerUserId is { } lead)
        {
            cases = cases.Where(c => c.LeadWorkerUserId == lead);
        }

        if (filter.OverdueOnly)
        {
            var today = DateOnly.FromDateTime(Now);
            cases = cases.Where(c => c.NextTaskDueOn != null && c.NextTaskDueOn < today);
        }

        // Owned and shared as two index-friendly halves (UNION ALL) rather than one OR, which no index serves.
        // A case is never shared with its own owner, so the halves do not overlap.
        var owned = cases.Where(c => c.OwnerOrganisationId == organisation);
        var shared = from share in db.CaseShares
                     where share.OrganisationId == organisation && share.EndedAt == null
                     join c in cases on share.CaseId equals c.Id
                     select c;
        var total = await owned.CountAsync(cancellationToken) + await shared.CountAsync(cancellationToken);
        // Each half is sorted by its own index and cut to the rows the page could need; the halves are then merged
        // in memory. Sorting a UNION would make the database sort every matching case.
        var pageSize = Math.Clamp(filter.PageSize, 1, 100);
        var page = Math.Max(1, filter.Page);
        var needed = page * pageSize;
        var ownedKeys = await Sorted(owned.Select(c => new SortKey { Id = c.Id, Reference = c.Reference, UpdatedAt = c.UpdatedAt, OpenedAt = c.OpenedAt, NextTaskDueOn = c.NextTaskDueOn }), filter.Sort)
            .Take(needed).ToListAsync(cancellationToken);
        var sharedKeys = await Sorted(shared.Select(c => new SortKey { Id = c.Id, Reference = c.Reference, UpdatedAt = c.UpdatedAt, OpenedAt = c.OpenedAt, NextTaskDueOn = c.NextTaskDueOn }), filter.Sort)
            .Take(needed).ToListAsync(cancellationToken);
        var ids = SortedInMemory(ownedKeys.Concat(sharedKeys), filter.Sort).Skip((page - 1) * pageSize).Take(pageSize).Select(k => k.Id).ToList();
        var rows = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new CaseListItem(c.Id, c.Reference, c.Status, c.IsModernSlavery, c.IsPrevent, c.AgeGroup, c.OwnerOrganisationId,
                c.AreaId, c.LeadWorkerUserId, c.OpenedAt, c.UpdatedAt, c.NextTaskDueOn))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var items = ids.Select(id => rows[id]).ToList();
        return new CaseList(items, total, page, pageSize);
    }

    private static IQueryable<SortKey> Sorted(IQueryable<SortKey> keys, string sort) => sort switch
    {
        "reference" => keys.OrderBy(k => k.Reference),
        "opened" => keys.OrderByDescending(k => k.OpenedAt).ThenBy(k => k.Reference),
        "due" => keys.OrderBy(k => k.NextTaskDueOn == null).ThenBy(k => k.NextTaskDueOn).ThenBy(k => k.Reference),
        _ => keys.OrderByDescending(k => k.UpdatedAt).ThenBy(k => k.Reference),
    };

    /// <summary>The same orders as <see cref="Sorted"/>, with references compared ordinally as the databases do.</summary>
    private static IEnumerable<SortKey> SortedInMemory(IEnumerable<SortKey> keys, string sort) => sort switch
    {
        "reference" => keys.OrderBy(k => k.Reference, StringComparer.Ordinal),
        "opened" => keys.OrderByDescending(k => k.OpenedAt).ThenBy(k => k.Reference, StringComparer.Ordinal),
        "due" => keys.OrderBy(k => k.NextTaskDueOn == null).ThenBy(k => k.NextTaskDueOn).ThenBy(k => k.Reference, StringComparer.Ordinal),
        _ => keys.OrderByDescending(k => k.UpdatedAt).ThenBy(k => k.Reference, StringComparer.Ordinal),
    };

    /// <summary>Adds a document to the case, checked and stored like a concern's attachments.</summary>
    public async Task<CaseDocument> AddDocumentAsync(string reference, Upload upload, AttachmentStore store, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var @case = await ForChangeAsync(reference, user, leadOnly: false, cancellationToken);
        var stored = await store.SaveAsync(upload, user.UserId, Now, cancellationToken);
        var document = new CaseDocument
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, FileName = stored.FileName, ContentType = stored.ContentType, Size = stored.Size,
            StorageName = stored.StorageName, AddedAt = stored.UploadedAt, AddedByUserId = user.UserId,
        };
        db.CaseDocuments.Add(document);
        Chronicle(@case, user, "document", $"Document added: {document.FileName}");
        audit.Record(actor, "case.document-added", nameof(Case), @case.Id.ToString(), after: new { document.Id, document.FileName, document.ContentType, document.Size });
        await SaveAsync(@case, cancellationToken);
        return document;
    }

    /// <summary>Adds another person to the case: a second person at risk, or someone else involved.</summary>
    public async Task<CasePerson> AddPersonAsync(string reference, CasePersonRole? role, PersonAtRisk details, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var @case = await ForChangeAsync(reference, user, leadOnly: false, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (role is null)
        {
            errors["PersonRole"] = "Select how the person is involved";
        }

        if (details.GivenNames is null && details.FamilyName is null)
        {
            errors["PersonGivenNames"] = "Enter the person's name, or a description";
        }

        foreach (var (field, label, value) in new[] { ("PersonGivenNames", "Given names", details.GivenNames), ("PersonFamilyName", "Family name", details.FamilyName) })
        {
            if (ConcernRules.TextProblem(value, label, 200) is { } problem)
            {
                errors[field] = problem;
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var person = new CasePerson { Id = Guid.NewGuid(), CaseId = @case.Id, Role = role!.Value, Details = details };
        db.CasePeople.Add(person);
        Chronicle(@case, user, "person", $"Person added: {details.DisplayName}");
        audit.Record(actor, "case.person-added", nameof(Case), @case.Id.ToString(),
            after: new { person.Id, person.Role, details.GivenNames, details.FamilyName, details.AgeGroup, details.Phone, details.Postcode });
        await SaveAsync(@case, cancellationToken);
        return person;
    }

    /// <summary>Makes someone of the owning organisation the case's lead worker.</summary>
    public async Task AssignLeadWorkerAsync(string reference, Guid? leadWorkerUserId, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await ForChangeAsync(reference, user, leadOnly: true, cancellationToken);
        var lead = leadWorkerUserId is { } id
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.IsActive && u.OrganisationId == @case.OwnerOrganisationId, cancellationToken)
            : null;
        if (lead is null)
        {
            throw new ValidationFailedException("LeadWorker", "Select someone from the organisation that owns the case");
        }

        var before = @case.LeadWorkerUserId;
        @case.LeadWorkerUserId = lead.Id;
        Chronicle(@case, user, "lead-worker", $"Lead worker is now {lead.DisplayName}");
        audit.Record(actor, "case.lead-worker-changed", nameof(Case), @case.Id.ToString(), before: new { LeadWorkerUserId = before }, after: new { @case.LeadWorkerUserId });
        await SaveAsync(@case, cancellationToken);
    }

    /// <summary>
    /// Break glass: a case worker opens a case outside their organisation's scope for 4 hours, giving a reason.
    /// Only someone who has been told the reference can ask; every attempt, found or not, is audited.
    /// </summary>
    public async Task BreakGlassAsync(string? reference, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!HarbourRoles.CaseWork.Any(user.IsIn))
        {
            throw new UnauthorizedAccessException("Break glass is for case workers.");
        }

        var clean = reference?.Trim().ToUpperInvariant() ?? "";
        if (clean.Length == 0)
        {
            throw new ValidationFailedException("Reference", "Enter the case reference, like HMS-2026-000123");
        }

        var @case = await db.Cases.AsNoTracking().Include(c => c.Shares).SingleOrDefaultAsync(c => c.Reference == clean, cancellationToken);
        if (@case is null)
        {
            await audit.RecordAndSaveAsync(actor, "break-glass.refused", nameof(Case), clean, "No such case", cancellationToken);
            throw new ValidationFailedException("Reference", "There is no case with this reference");
        }

        if (RecordAccess.IsWithinScope(user, @case))
        {
            throw new ValidationFailedException("Reference", "You can already open this case");
        }

        await breakGlass.GrantAsync(user, @case, reason ?? "", actor, cancellationToken);
    }

    /// <summary>
    /// The concern a case was opened from, for summaries of the case. Only call it with a case the user has
    /// already been allowed to open: seeing the case includes seeing what it was opened from.
    /// </summary>
    public Task<Concern?> SourceConcernAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return db.Concerns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == @case.ConcernId, cancellationToken);
    }

    /// <summary>Display names of staff, for showing who wrote a note or holds a task.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> StaffNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    /// <summary>Staff of the organisations working on a case (or only of its owner), who can be given its tasks or lead it.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AssignableStaffAsync(Case @case, bool ownerOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var organisations = (ownerOnly ? [] : @case.SharedWithOrganisationIds).Append(@case.OwnerOrganisationId).ToList();
        var staff = await db.Users.AsNoTracking().Where(u => u.IsActive && organisations.Contains(u.OrganisationId))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return staff.Select(s => (s.Id, s.DisplayName)).ToList();
    }

    /// <summary>A document's content, for someone who may see the case. The download is audited.</summary>
    public async Task<(CaseDocument Document, Stream Content)?> OpenDocumentAsync(string reference, Guid documentId, UserScope user, AuditActor actor, AttachmentStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var @case = await db.Cases.AsNoTracking().Include(c => c.Shares).Include(c => c.Documents).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null || !await needToKnow.CanOpenAsync(user, @case, cancellationToken) || @case.Documents.SingleOrDefault(d => d.Id == documentId) is not { } document)
        {
            return null;
        }

        await audit.RecordAndSaveAsync(actor, "case.document-downloaded", nameof(Case), @case.Id.ToString(), document.FileName, cancellationToken);
        return (document, store.Open(document.StorageName));
    }

    private async Task<Case> ForChangeAsync(string reference, UserScope user, bool leadOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var @case = await db.Cases.Include(c => c.Shares).Include(c => c.Tasks)
                .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        // Changing a case needs need-to-know (break glass gives a read, not a change) and a case role.
        if (@case is null || !RecordAccess.IsWithinScope(user, @case) || !HarbourRoles.CaseWork.Any(user.IsIn))
        {
            throw new KeyNotFoundException($"No case {reference} that this user can change.");
        }

        if (leadOnly && (@case.OwnerOrganisationId != user.OrganisationId || !CaseLeadRoles.Any(user.IsIn)))
        {
            throw new UnauthorizedAccessException($"Only a lead of the owning organisation can do this to {reference}.");
        }

        return @case;
    }

    private async Task<bool> CanBeAssignedAsync(Case @case, Guid userId, CancellationToken cancellationToken)
    {
        var organisations = @case.Shares.Where(s => s.EndedAt is null).Select(s => s.OrganisationId).Append(@case.OwnerOrganisationId).ToList();
        return await db.Users.AnyAsync(u => u.Id == userId && u.IsActive && organisations.Contains(u.OrganisationId), cancellationToken);
    }

    private void Chronicle(Case @case, UserScope user, string kind, string summary, bool sensitive = false)
    {
        var entry = new ChronologyEntry
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, OccurredAt = Now, Kind = kind, Summary = summary,
            UserId = user.UserId, OrganisationId = user.OrganisationId, IsSensitive = sensitive,
        };
        if (db.Entry(@case).State == EntityState.Added)
        {
            @case.Chronology.Add(entry);
        }
        else
        {
            db.CaseChronology.Add(entry);
        }
    }

    private async Task SaveAsync(Case @case, CancellationToken cancellationToken)
    {
        @case.UpdatedAt = Now;
        @case.NextTaskDueOn = @case.Tasks.Where(t => t.CompletedAt is null).Select(t => (DateOnly?)t.DueOn).Min();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static PersonAtRisk Copy(PersonAtRisk person) => new()
    {
        GivenNames = person.GivenNames, FamilyName = person.FamilyName, Aliases = [.. person.Aliases], DateOfBirth = person.DateOfBirth,
        ApproximateAge = person.ApproximateAge, AgeGroup = person.AgeGroup, Gender = person.Gender, Nationality = person.Nationality,
        Languages = [.. person.Languages], InterpreterNeeded = person.InterpreterNeeded, Phone = person.Phone, Address = person.Address,
        Postcode = person.Postcode, CurrentLocation = person.CurrentLocation,
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
