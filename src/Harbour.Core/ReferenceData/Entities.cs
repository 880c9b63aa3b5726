namespace Harbour.Core.ReferenceData;

public sealed class Partnership : ReferenceEntity
{
    public required string Name { get; set; }

    public required string ShortName { get; set; }

    public required string Vision { get; set; }

    public string? GovernedBy { get; set; }

    public string? ChairedBy { get; set; }
}

/// <summary>A geographic area the partnership covers, for example a county or a unitary authority.</summary>
public sealed class Area : ReferenceEntity
{
    public required string Name { get; set; }

    /// <summary>The outward codes (for example SO14) of the postcodes in the area, for finding services by postcode.</summary>
    public List<string> PostcodeDistricts { get; set; } = [];

    public List<Organisation> Organisations { get; set; } = [];
}

public enum OrganisationType
{
    Police,
    LocalAuthority,
    Health,
    Charity,
    Government,
    CriminalJustice,
}

public sealed class Organisation : ReferenceEntity
{
    public required string Name { get; set; }

    public OrganisationType Type { get; set; }

    /// <summary>Only staff of a First Responder Organisation may refer to the National Referral Mechanism.</summary>
    public bool IsFirstResponderOrganisation { get; set; }

    public List<Area> Areas { get; set; } = [];
}

public enum ExploitationCategory
{
    Main,
    Other,
}

public sealed class ExploitationType : ReferenceEntity
{
    public required string Name { get; set; }

    public required string Description { get; set; }

    public ExploitationCategory Category { get; set; }
}

/// <summary>A group of the Home Office "spot the signs" indicators, for example "Isolation".</summary>
public sealed class IndicatorGroup : ReferenceEntity
{
    public required string Name { get; set; }

    public required string Description { get; set; }

    public List<Indicator> Indicators { get; set; } = [];
}

public sealed class Indicator : ReferenceEntity
{
    public Guid IndicatorGroupId { get; set; }

    public IndicatorGroup? Group { get; set; }

    public required string Text { get; set; }
}

public sealed class RadicalisationSign : ReferenceEntity
{
    public required string Text { get; set; }
}

public sealed class StrategicObjective : ReferenceEntity
{
    public int Number { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }
}

/// <summary>One strand of the 4P framework (Pursue, Prevent, Protect, Prepare) that tags action-plan items.</summary>
public sealed class FourPStrand : ReferenceEntity
{
    public required string Name { get; set; }

    public required string Description { get; set; }
}

public enum SupportContactKind
{
    Emergency,
    Helpline,
    Police,
    SupportService,
    Prevent,
}

/// <summary>A number or service the public and professionals are pointed to on the public pages.</summary>
public sealed class SupportContact : ReferenceEntity
{
    public required string Name { get; set; }

    public required string Description { get; set; }

    public SupportContactKind Kind { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? Coverage { get; set; }
}
