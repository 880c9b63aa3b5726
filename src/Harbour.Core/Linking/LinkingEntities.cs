namespace Harbour.Core.Linking;

public enum EntityKind
{
    Person,
    Phone,
    Address,
    Vehicle,
    Business,
}

/// <summary>How a concern names an entity.</summary>
public enum MentionRole
{
    /// <summary>The person the concern is about, and their own phone and address.</summary>
    PersonAtRisk,
    SuspectedExploiter,
    OtherPerson,
}

/// <summary>
/// One person, phone, address, vehicle or business, as recognised across every agency's concerns. Phones, addresses,
/// vehicles and businesses are one entity per normalised value (<see cref="Key"/>); people are resolved by the
/// linkage engine, so one person entity gathers every mention judged to be the same person.
/// </summary>
public sealed class LinkedEntity
{
    public Guid Id { get; set; }

    public EntityKind Kind { get; set; }

    /// <summary>The normalised value (E.164 phone, folded address with postcode, plate, business name); null for people.</summary>
    public string? Key { get; set; }

    /// <summary>How the entity is shown: the value as first reported, or the person's name.</summary>
    public required string Label { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>One entity named in one concern.</summary>
public sealed class EntityMention
{
    public Guid Id { get; set; }

    public Guid EntityId { get; set; }

    public EntityKind Kind { get; set; }

    public Guid ConcernId { get; set; }

    /// <summary>The agency that reported it: the organisation that raised the concern (for a public report, the one that screened it).</summary>
    public Guid OrganisationId { get; set; }

    public Guid? AreaId { get; set; }

    public MentionRole Role { get; set; }

    /// <summary>When the concern was submitted: the date hotspots count from.</summary>
    public DateTime SeenAt { get; set; }

    /// <summary>The value as this concern reported it.</summary>
    public required string Value { get; set; }

    /// <summary>For a person: what the linkage engine compares. Kept here so the index can be rebuilt without reading concerns.</summary>
    public MentionedPerson? Person { get; set; }

    public DateTime CreatedAt { get; set; }
}

public sealed class MentionedPerson
{
    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? DateOfBirth { get; set; }

    public string? Gender { get; set; }

    public string? Postcode { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Nationality { get; set; }
}

public enum MatchStatus
{
    /// <summary>Scored at or above the upper threshold: linked without review.</summary>
    LinkedAutomatically,

    /// <summary>Between the thresholds: waiting for a police analyst.</summary>
    AwaitingReview,

    /// <summary>An analyst decided the two are the same person.</summary>
    Same,

    /// <summary>An analyst decided the two are different people; they are never linked again.</summary>
    NotSame,
}

/// <summary>A scored pair of person mentions: linked automatically, or waiting for or decided by an analyst.</summary>
public sealed class PersonMatch
{
    public Guid Id { get; set; }

    /// <summary>The newer mention (the one being linked when the pair was found).</summary>
    public Guid MentionId { get; set; }

    public Guid OtherMentionId { get; set; }

    public double Probability { get; set; }

    public double MatchWeight { get; set; }

    /// <summary>The prior and each field's level and weight, as the engine explained the score.</summary>
    public List<MatchFieldWeight> Explanation { get; set; } = [];

    public double PriorWeight { get; set; }

    public MatchStatus Status { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecisionReason { get; set; }

    public DateTime CreatedAt { get; set; }
}

public sealed class MatchFieldWeight
{
    public required string Field { get; set; }

    public required string Level { get; set; }

    public double Weight { get; set; }
}

/// <summary>A concern whose entities have been recorded: the checkpoint of incremental linking.</summary>
public sealed class LinkedConcern
{
    public Guid ConcernId { get; set; }

    public DateTime LinkedAt { get; set; }
}

/// <summary>A person added to a case whose entities have been recorded: the checkpoint for case people.</summary>
public sealed class LinkedCasePerson
{
    public Guid CasePersonId { get; set; }

    public DateTime LinkedAt { get; set; }
}
