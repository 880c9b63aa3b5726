using Harbour.Core.Concerns;
using Harbour.Core.Pathways;
using Harbour.Web.Infrastructure;

namespace Harbour.Web.Pages.Cases.Channel;

/// <summary>How Channel's states and answers read on the page.</summary>
public static class ChannelText
{
    public static string State(ChannelState? state) => state switch
    {
        ChannelState.Referred => "Referred: waiting for the police gateway assessment",
        ChannelState.AwaitingPanel => "Waiting for the Channel panel",
        ChannelState.AwaitingConsent => "Adopted by the panel: waiting for consent to support",
        ChannelState.SupportInProgress => "Receiving Channel support",
        ChannelState.AwaitingSixMonthReview => "Left Channel: 6-month review due",
        ChannelState.AwaitingTwelveMonthReview => "Left Channel: 12-month review due",
        ChannelState.Completed => "Complete: both reviews done",
        ChannelState.NoFurtherAction => "Gateway: no further action",
        ChannelState.Signposted => "Gateway: signposted to other support",
        ChannelState.NotAdopted => "Not adopted by the panel",
        ChannelState.ConsentRefused => "Consent to support refused",
        ChannelState.Withdrawn => "Withdrawn from Channel",
        _ => "No Prevent referral",
    };

    public static string ConcernType(PreventConcernType? type) => type switch
    {
        PreventConcernType.Islamist => "Islamist",
        PreventConcernType.ExtremeRightWing => "Extreme right-wing",
        PreventConcernType.MixedUnclearUnstable => "Mixed, unclear or unstable",
        PreventConcernType.Other => "Other",
        _ => "Not recorded",
    };

    public static string Sector(ReferringSector? sector) => sector switch
    {
        ReferringSector.Education => "Education",
        ReferringSector.Health => "Health",
        ReferringSector.LocalAuthority => "Local authority",
        ReferringSector.Police => "Police",
        ReferringSector.CommunityOrFaith => "Community or faith group",
        ReferringSector.FamilyOrFriends => "Family or friends",
        ReferringSector.Other => "Other",
        _ => "Not recorded",
    };

    public static string Level(VulnerabilityLevel level) => level switch
    {
        VulnerabilityLevel.NotPresent => "Not present",
        VulnerabilityLevel.Low => "Low",
        VulnerabilityLevel.Medium => "Medium",
        VulnerabilityLevel.High => "High",
        _ => "Not known",
    };

    public static string Dimension(VulnerabilityDimension dimension) => dimension switch
    {
        VulnerabilityDimension.Engagement => "Engagement with a group, cause or ideology",
        VulnerabilityDimension.Intent => "Intent to cause harm",
        _ => "Capability to cause harm",
    };

    public static IReadOnlyList<Choice> ConcernTypes { get; } =
        Enum.GetValues<PreventConcernType>().Select(t => new Choice(t.ToString(), ConcernType(t))).ToList();

    public static IReadOnlyList<Choice> Sectors { get; } =
        Enum.GetValues<ReferringSector>().Select(s => new Choice(s.ToString(), Sector(s))).ToList();

    public static IReadOnlyList<Choice> Levels { get; } =
        new[] { VulnerabilityLevel.NotPresent, VulnerabilityLevel.Low, VulnerabilityLevel.Medium, VulnerabilityLevel.High, VulnerabilityLevel.NotKnown }
            .Select(l => new Choice(l.ToString(), Level(l))).ToList();

    public static IReadOnlyList<Choice> GatewayOutcomes { get; } =
    [
        new(nameof(GatewayOutcome.NoFurtherAction), "No further action"),
        new(nameof(GatewayOutcome.Signpost), "Signpost to other support"),
        new(nameof(GatewayOutcome.ChannelPanel), "Refer to the Channel panel"),
    ];

    public static IReadOnlyList<Choice> PanelOutcomes { get; } =
    [
        new(nameof(PanelOutcome.Adopt), "Adopt as a Channel case"),
        new(nameof(PanelOutcome.NotAdopt), "Do not adopt"),
        new(nameof(PanelOutcome.DiscussAgain), "Discuss again at the next panel"),
    ];

    public static IReadOnlyList<Choice> ConsentBy { get; } =
    [
        new(nameof(ChannelConsentBy.Person), "The person"),
        new(nameof(ChannelConsentBy.ParentOrGuardian), "A parent or guardian", "For someone under 18"),
    ];

    public static T? Parse<T>(string? value)
        where T : struct, Enum => Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
