using Harbour.Core.Concerns;

namespace Harbour.Core.Intelligence;

/// <summary>What the submitter says about the intelligence on the 3×5×2 model, as the question page sends it.</summary>
public sealed record GradingEdit(
    SourceEvaluation? SourceEvaluation,
    string? SourceNotReliableReason,
    IntelligenceAssessment? Assessment,
    HandlingCode? HandlingCode,
    string? HandlingConditions);

/// <summary>
/// The 3×5×2 intelligence grading of the College of Policing's Authorised Professional Practice (intelligence
/// management): source evaluation 1 to 3, intelligence assessment A to E, handling code P or C. The names are
/// APP's; the explanations are Harbour's plain-English hints for partners who do not grade intelligence every day.
/// Two rules go with it: handling code C needs its conditions, and (Harbour's rule, so the Pursue group can
/// weigh it) a source graded 3 needs the reason it is thought not reliable.
/// </summary>
public static class IntelligenceGrading
{
    public const int MaximumConditionsLength = 2_000;

    public static string Code(SourceEvaluation source) => ((int)source).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Code(IntelligenceAssessment assessment) => assessment switch
    {
        IntelligenceAssessment.KnownDirectly => "A",
        IntelligenceAssessment.KnownIndirectlyCorroborated => "B",
        IntelligenceAssessment.KnownIndirectly => "C",
        IntelligenceAssessment.NotKnown => "D",
        _ => "E",
    };

    public static string Code(HandlingCode handling) => handling == HandlingCode.LawfulSharingPermitted ? "P" : "C";

    public static string Code(SourceEvaluation source, IntelligenceAssessment assessment, HandlingCode handling) =>
        $"{Code(source)}/{Code(assessment)}/{Code(handling)}";

    public static string Name(SourceEvaluation source) => source switch
    {
        SourceEvaluation.Reliable => "Reliable",
        SourceEvaluation.Untested => "Untested",
        _ => "Not reliable",
    };

    public static string Meaning(SourceEvaluation source) => source switch
    {
        SourceEvaluation.Reliable => "The source is believed to be competent and what they provide is generally reliable. This includes technical sources such as CCTV or records.",
        SourceEvaluation.Untested => "The source has not given information before, or what they gave has not been shown to be right.",
        _ => "There are reasonable grounds to doubt the source: their authenticity, trustworthiness, competence or motive, or a history of inaccurate information.",
    };

    public static string Name(IntelligenceAssessment assessment) => assessment switch
    {
        IntelligenceAssessment.KnownDirectly => "Known directly to the source",
        IntelligenceAssessment.KnownIndirectlyCorroborated => "Known indirectly to the source but corroborated",
        IntelligenceAssessment.KnownIndirectly => "Known indirectly to the source",
        IntelligenceAssessment.NotKnown => "Not known",
        _ => "Suspected to be false",
    };

    public static string Meaning(IntelligenceAssessment assessment) => assessment switch
    {
        IntelligenceAssessment.KnownDirectly => "The source saw or heard it themselves.",
        IntelligenceAssessment.KnownIndirectlyCorroborated => "The source was told it by someone else, and other information backs it up.",
        IntelligenceAssessment.KnownIndirectly => "The source was told it by someone else and nothing yet backs it up.",
        IntelligenceAssessment.NotKnown => "How the source knows it cannot be judged, for example an anonymous report.",
        _ => "There are reasons to think it is untrue or malicious. Say why in the intelligence.",
    };

    public static string Name(HandlingCode handling) => handling == HandlingCode.LawfulSharingPermitted
        ? "Lawful sharing permitted"
        : "Lawful sharing permitted with conditions";

    public static string Meaning(HandlingCode handling) => handling == HandlingCode.LawfulSharingPermitted
        ? "It may be shared for a policing purpose with partners who have a legitimate need to receive it, under local information-sharing agreements."
        : "It may be shared only on the conditions you give, for example not outside the police, or only after speaking to you first.";

    /// <summary>The grading's problems in GOV.UK wording, keyed by the fields of the grading page, in the order of the page.</summary>
    public static Dictionary<string, string> Problems(GradingEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (edit.SourceEvaluation is not { } source || !Enum.IsDefined(source))
        {
            errors["SourceEvaluation"] = "Select how reliable the source is";
        }
        else if (source == SourceEvaluation.NotReliable)
        {
            ConcernRules.CheckText(errors, "SourceNotReliableReason", edit.SourceNotReliableReason, "Enter why the source is not reliable", "Why the source is not reliable", MaximumConditionsLength);
        }

        if (edit.Assessment is not { } assessment || !Enum.IsDefined(assessment))
        {
            errors["Assessment"] = "Select how the source knows the intelligence";
        }

        if (edit.HandlingCode is not { } handling || !Enum.IsDefined(handling))
        {
            errors["HandlingCode"] = "Select the handling code";
        }
        else if (handling == HandlingCode.LawfulSharingPermittedWithConditions)
        {
            ConcernRules.CheckText(errors, "HandlingConditions", edit.HandlingConditions, "Enter the conditions for sharing the intelligence", "Conditions", MaximumConditionsLength);
        }

        return errors;
    }
}
