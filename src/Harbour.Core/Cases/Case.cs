using Harbour.Core.Access;
using Harbour.Core.Concerns;

namespace Harbour.Core.Cases;

public enum CaseStatus
{
    Open,
    Closed,
}

public enum LawfulBasis
{
    /// <summary>The person agreed to the sharing.</summary>
    Consent,

    /// <summary>UK GDPR Article 9(2)(g) with DPA 2018 Schedule 1 paragraph 18: safeguarding of children and individuals at risk.</summary>
    SafeguardingCondition,
}

public enum CasePersonRole
{
    AtRisk,
    SuspectedExploiter,
    AtTheSameAddress,
    Other,
}

/// <summary>
/// The record of one safeguarding case, owned by one organisation and shared with those that need it. Everything
/// that happens to it is in its chronology.
/// </summary>
public sealed class Case : IScopedRecord
{
    public Guid Id { get; set; }

    /// <summary>For example HMS-2026-000123.</summary>
    public required string Reference { get; set; }

    public CaseStatus Status { get; set; }

    public bool IsModernSlavery { get; set; }

    public bool IsPrevent { get; set; }

    public Guid OwnerOrganisationId { get; set; }

    public Guid? LeadWorkerUserId { get; set; }

    public Guid? AreaId { get; set; }

    public Guid? ConcernId { get; set; }

    public Guid? RaisedByUserId { get; set; }

    public AgeGroup AgeGroup { get; set; }

    public DateTime OpenedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? Outcome { get; set; }

    public string? ClosureReason { get; set; }

    /// <summary>
    /// How to work with the person (for example for an autistic person: written agendas, a quiet room, one named
    /// worker), shown at the top of every page of the case.
    /// </summary>
    public string? ReasonableAdjustments { get; set; }

    /// <summary>Earliest due date of an incomplete task, kept for the "overdue" filter of the case list.</summary>
    public DateOnly? NextTaskDueOn { get; set; }

    public List<CasePerson> People { get; set; } = [];

    public List<ChronologyEntry> Chronology { get; set; } = [];

    public List<CaseNote> Notes { get; set; } = [];

    public List<CaseTask> Tasks { get; set; } = [];

    public List<CaseShare> Shares { get; set; } = [];

    public List<CaseDocument> Documents { get; set; } = [];

    public string RecordType => nameof(Case);

    public IReadOnlyCollection<Guid> SharedWithOrganisationIds =>
        Shares.Where(s => s.EndedAt is null).Select(s => s.OrganisationId).ToList();

    public RecordSensitivity Sensitivity => IsPrevent && !IsModernSlavery ? RecordSensitivity.Prevent : RecordSensitivity.Safeguarding;
}

public sealed class CasePerson
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public CasePersonRole Role { get; set; }

    public PersonAtRisk Details { get; set; } = new();

    /// <summary>For people other than the person at risk: vehicles and business, as the concern gave them.</summary>
    public List<string> VehicleRegistrations { get; set; } = [];

    public string? Business { get; set; }

    public string? Notes { get; set; }
}

/// <summary>One thing that happened on a case, in time order: opened, note added, shared, task done, closed.</summary>
public sealed class ChronologyEntry
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public DateTime OccurredAt { get; set; }

    public required string Kind { get; set; }

    public required string Summary { get; set; }

    public Guid? UserId { get; set; }

    public Guid? OrganisationId { get; set; }

    /// <summary>Entries about sensitive notes are visible only to the owning organisation.</summary>
    public bool IsSensitive { get; set; }
}

public sealed class CaseNote
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string Text { get; set; }

    /// <summary>Visible only to the organisation that owns the case.</summary>
    public bool IsSensitive { get; set; }

    public Guid AuthorUserId { get; set; }

    public Guid AuthorOrganisationId { get; set; }

    public DateTime WrittenAt { get; set; }
}

public sealed class CaseTask
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string Title { get; set; }

    public DateOnly DueOn { get; set; }

    public Guid? AssigneeUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public Guid? CompletedByUserId { get; set; }
}

public sealed class CaseShare
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Purpose { get; set; }

    public LawfulBasis LawfulBasis { get; set; }

    public DateTime SharedAt { get; set; }

    public Guid SharedByUserId { get; set; }

    public DateTime? EndedAt { get; set; }

    public Guid? EndedByUserId { get; set; }

    public string? EndReason { get; set; }
}

public sealed class CaseDocument
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string StorageName { get; set; }

    public DateTime AddedAt { get; set; }

    public Guid? AddedByUserId { get; set; }
}

/// <summary>A per-prefix, per-year counter behind references like HMS-2026-000123.</summary>
public sealed class ReferenceCounter
{
    public required string Prefix { get; set; }

    public int Year { get; set; }

    public long Last { get; set; }
}
