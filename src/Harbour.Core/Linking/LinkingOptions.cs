namespace Harbour.Core.Linking;

/// <summary>The <c>Linking</c> configuration section: thresholds of person matching, hotspots and networks.</summary>
public sealed class LinkingOptions
{
    public const string SectionName = "Linking";

    /// <summary>Pairs of people at or above this match probability are linked without review.</summary>
    public double AutoLinkProbability { get; set; } = 0.95;

    /// <summary>Pairs at or above this (and below the automatic threshold) go to the analysts' review queue.</summary>
    public double ReviewProbability { get; set; } = 0.5;

    /// <summary>With at least this many people mentioned, the model is trained on the deployment's own records.</summary>
    public int TrainFrom { get; set; } = 5_000;

    /// <summary>A hotspot is linked to at least this many distinct people at risk…</summary>
    public int HotspotPeople { get; set; } = 3;

    /// <summary>…within this many months.</summary>
    public int HotspotMonths { get; set; } = 12;

    /// <summary>How far a network reaches from its starting entity, in steps through shared concerns.</summary>
    public int NetworkSteps { get; set; } = 3;

    /// <summary>A network stops growing at this many entities, so one very common value cannot pull in everything.</summary>
    public int NetworkMaxEntities { get; set; } = 1_000;

    /// <summary>
    /// What is wrong with the thresholds, or null. A review threshold at or above the automatic one would leave the
    /// analysts' queue empty for ever, so it is refused wherever the options are read.
    /// </summary>
    public string? Problem() =>
        ReviewProbability is > 0 and < 1 && AutoLinkProbability is > 0 and <= 1 && ReviewProbability < AutoLinkProbability
            ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The review threshold ({ReviewProbability}) must be lower than the automatic link threshold ({AutoLinkProbability}). Both must be between 0 and 1.");
}
