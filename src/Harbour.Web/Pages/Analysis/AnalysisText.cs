using Harbour.Core.Linking;

namespace Harbour.Web.Pages.Analysis;

/// <summary>How linked-record terms read on the analysts' pages.</summary>
public static class AnalysisText
{
    public static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Phone => "Phone",
        EntityKind.Address => "Address",
        EntityKind.Vehicle => "Vehicle",
        _ => "Business",
    };

    public static string Plural(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Phone => "Phones",
        EntityKind.Address => "Addresses",
        EntityKind.Vehicle => "Vehicles",
        _ => "Businesses",
    };

    public static string Role(MentionRole role) => role switch
    {
        MentionRole.PersonAtRisk => "Person at risk",
        MentionRole.SuspectedExploiter => "Suspected exploiter",
        _ => "Other person",
    };

    public static string Status(MatchStatus status) => status switch
    {
        MatchStatus.LinkedAutomatically => "Linked automatically",
        MatchStatus.AwaitingReview => "Waiting for review",
        MatchStatus.Same => "Same person (analyst's decision)",
        _ => "Not the same person (analyst's decision)",
    };

    public static string Percent(double probability) =>
        (probability * 100).ToString(probability is > 0.99 and < 1 ? "0.0" : "0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static string Weight(double weight) =>
        (weight >= 0 ? "+" : "−") + Math.Abs(weight).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
