using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;

namespace Harbour.Web.Pages.Intelligence;

/// <summary>How intelligence reads on the pages: the 3×5×2 choices with their meanings, statuses and tags.</summary>
public static class IntelligenceText
{
    public static IReadOnlyList<Choice> SourceChoices { get; } =
        [.. Enum.GetValues<SourceEvaluation>().Select(s => new Choice(IntelligenceGrading.Code(s), $"{IntelligenceGrading.Code(s)} – {IntelligenceGrading.Name(s)}", IntelligenceGrading.Meaning(s)))];

    public static IReadOnlyList<Choice> AssessmentChoices { get; } =
        [.. Enum.GetValues<IntelligenceAssessment>().Select(a => new Choice(IntelligenceGrading.Code(a), $"{IntelligenceGrading.Code(a)} – {IntelligenceGrading.Name(a)}", IntelligenceGrading.Meaning(a)))];

    public static IReadOnlyList<Choice> HandlingChoices { get; } =
        [.. Enum.GetValues<HandlingCode>().Select(h => new Choice(IntelligenceGrading.Code(h), $"{IntelligenceGrading.Code(h)} – {IntelligenceGrading.Name(h)}", IntelligenceGrading.Meaning(h)))];

    public static IReadOnlyList<Choice> StatusFilters { get; } =
        [new("", "All"), new("submitted", "Submitted"), new("tasked", "Tasked"), new("closed", "Closed")];

    /// <summary>A posted grade code ("1", "B", "C"), or null for anything that is not one of the model's.</summary>
    public static SourceEvaluation? ParseSource(string? code) => Enum.GetValues<SourceEvaluation>().Cast<SourceEvaluation?>().FirstOrDefault(s => IntelligenceGrading.Code(s!.Value) == code);

    public static IntelligenceAssessment? ParseAssessment(string? code) => Enum.GetValues<IntelligenceAssessment>().Cast<IntelligenceAssessment?>().FirstOrDefault(a => IntelligenceGrading.Code(a!.Value) == code);

    public static HandlingCode? ParseHandling(string? code) => Enum.GetValues<HandlingCode>().Cast<HandlingCode?>().FirstOrDefault(h => IntelligenceGrading.Code(h!.Value) == code);

    public static IntelligenceStatus? ParseStatus(string? value) =>
        Enum.TryParse<IntelligenceStatus>(value, ignoreCase: true, out var status) && status != IntelligenceStatus.Draft ? status : null;

    public static string Source(SourceEvaluation? s) => s is { } v ? $"{IntelligenceGrading.Code(v)} – {IntelligenceGrading.Name(v)}" : "Not answered";

    public static string Assessment(IntelligenceAssessment? a) => a is { } v ? $"{IntelligenceGrading.Code(v)} – {IntelligenceGrading.Name(v)}" : "Not answered";

    public static string Handling(HandlingCode? h) => h is { } v ? $"{IntelligenceGrading.Code(v)} – {IntelligenceGrading.Name(v)}" : "Not answered";

    public static string Status(IntelligenceStatus status) => status switch
    {
        IntelligenceStatus.Draft => "Not submitted",
        IntelligenceStatus.Submitted => "Submitted",
        IntelligenceStatus.Tasked => "Tasked",
        _ => "Closed",
    };

    public static string StatusTag(IntelligenceStatus status) => status switch
    {
        IntelligenceStatus.Draft => "govuk-tag--grey",
        IntelligenceStatus.Submitted => "govuk-tag--blue",
        IntelligenceStatus.Tasked => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };

    public static string Removals(IntelligenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.CaseId is null)
        {
            return "Not about a case, so Harbour had no victim's details to look for";
        }

        if (report.VictimDetailsNeeded == true)
        {
            return $"Kept because: {report.VictimDetailsReason}";
        }

        return report.Removals.Count == 0
            ? "None were found in the intelligence"
            : "Taken out: " + string.Join(", ", report.Removals.Select(r => $"{VictimDetailsRedactor.Describe(r.Kind)} ({r.Count})"));
    }

    public static string Date(DateTime at) => at.ToString("d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
