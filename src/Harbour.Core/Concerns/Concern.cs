using Harbour.Core.Access;

namespace Harbour.Core.Concerns;

public enum ConcernStatus
{
    /// <summary>Being written; visible only to the person writing it, and not yet anyone's concern.</summary>
    Draft,

    /// <summary>Submitted and waiting in the triage queue of <see cref="Concern.TriageOrganisationId"/>.</summary>
    AwaitingTriage,

    /// <summary>A triage decision has been made.</summary>
    Triaged,
}

public enum ConcernSource
{
    Professional,
    PublicReport,
    PartnerSystem,
}

public enum AgeGroup
{
    Adult,
    Child,
    NotKnown,
}

public enum PreventConcernType
{
    Islamist,
    ExtremeRightWing,
    MixedUnclearUnstable,
    Other,
}

public enum ConsentAnswer
{
    Yes,
    No,

    /// <summary>Children need no consent; an adult may not yet have been asked.</summary>
    NotAsked,
}

public enum InvolvementRole
{
    SuspectedExploiter,
    AtTheSameAddress,
    Other,
}

public enum TriageDecision
{
    NoFurtherAction,
    OpenCase,
    PassToAnotherOrganisation,
    ReferToPolice,
}

/// <summary>The person a concern is about, as the referrer knows them. Identifiers are normalised on the way in.</summary>
public sealed class PersonAtRisk
{
    public string? GivenNames { get; set; }

    public string? FamilyName { get; set; }

    public List<string> Aliases { get; set; } = [];

    public DateOnly? DateOfBirth { get; set; }

    public int? ApproximateAge { get; set; }

    public AgeGroup? AgeGroup { get; set; }

    public string? Gender { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Nationality { get; set; }

    public List<string> Languages { get; set; } = [];

    public bool? InterpreterNeeded { get; set; }

    /// <summary>E.164.</summary>
    public string? Phone { get; set; }

    public string? Address { get; set; }

    /// <summary>Formatted UK postcode, for example SO14 3JA.</summary>
    public string? Postcode { get; set; }

    public string? CurrentLocation { get; set; }

    public string DisplayName =>
        string.Join(' ', new[] { GivenNames, FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : "Name not known";
}

/// <summary>Someone else involved: a suspected exploiter, or another person at the same address.</summary>
public sealed class InvolvedPerson
{
    public Guid Id { get; set; }

    public InvolvementRole Role { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Postcode { get; set; }

    /// <summary>Upper case, no spaces.</summary>
    public List<string> VehicleRegistrations { get; set; } = [];

    public string? Business { get; set; }

    public string? Notes { get; set; }
}

/// <summary>A file attached to a concern, stored outside the web root under <see cref="StorageName"/>.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string StorageName { get; set; }

    public DateTime UploadedAt { get; set; }

    public Guid? UploadedByUserId { get; set; }
}

/// <summary>
/// Something a professional or a member of the public has seen. A professional's concern is a draft until it is
/// submitted; then it waits in the triage queue of the local authority for its area, which decides what happens.
/// </summary>
public sealed class Concern : IScopedRecord
{
    public Guid Id { get; set; }

    /// <summary>Given on submission, for example CON-2026-000045.</summary>
    public string? Reference { get; set; }

    public ConcernStatus Status { get; set; }

    public ConcernSource Source { get; set; }

    public bool IsModernSlavery { get; set; }

    public bool IsPrevent { get; set; }

    public bool? ImmediateDanger { get; set; }

    public Guid? RaisedByUserId { get; set; }

    public Guid? RaisedByOrganisationId { get; set; }

    public Guid? AreaId { get; set; }

    /// <summary>The organisation whose triage queue holds it.</summary>
    public Guid? TriageOrganisationId { get; set; }

    public PersonAtRisk Person { get; set; } = new();

    public List<string> ExploitationTypeCodes { get; set; } = [];

    public List<string> IndicatorCodes { get; set; } = [];

    public List<string> RadicalisationSignCodes { get; set; } = [];

    public PreventConcernType? PreventConcernType { get; set; }

    public string? WhatHappened { get; set; }

    /// <summary>For a public report: where and when it was seen, and how to reach the person reporting (optional).</summary>
    public string? WhereSeen { get; set; }

    public string? WhenSeen { get; set; }

    public string? ReporterContact { get; set; }

    public bool? OtherPeopleKnown { get; set; }

    public List<InvolvedPerson> OtherPeople { get; set; } = [];

    public ConsentAnswer? Consent { get; set; }

    public List<Attachment> Attachments { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    /// <summary>When triage should be done by: the end of the next working day after submission.</summary>
    public DateTime? TriageDueAt { get; set; }

    public TriageDecision? Decision { get; set; }

    public string? DecisionReason { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public DateTime? DecidedAt { get; set; }

    public Guid? CaseId { get; set; }

    public string RecordType => nameof(Concern);

    public Guid OwnerOrganisationId => TriageOrganisationId ?? RaisedByOrganisationId ?? Guid.Empty;

    IReadOnlyCollection<Guid> IScopedRecord.SharedWithOrganisationIds => [];

    public RecordSensitivity Sensitivity => IsPrevent && !IsModernSlavery ? RecordSensitivity.Prevent : RecordSensitivity.Safeguarding;

    public AgeGroup EffectiveAgeGroup => Person.AgeGroup ?? AgeGroup.NotKnown;
}
