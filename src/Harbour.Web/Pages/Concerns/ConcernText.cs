using Harbour.Core.Cases;
using Harbour.Core.Concerns;

namespace Harbour.Web.Pages.Concerns;

/// <summary>How concern and case values read on the page.</summary>
public static class ConcernText
{
    public static string Status(ConcernStatus status) => status switch
    {
        ConcernStatus.Draft => "Draft",
        ConcernStatus.AwaitingTriage => "Awaiting triage",
        _ => "Triaged",
    };

    public static string Types(bool modernSlavery, bool prevent) => (modernSlavery, prevent) switch
    {
        (true, true) => "Modern slavery and Prevent",
        (true, false) => "Modern slavery",
        (false, true) => "Prevent",
        _ => "Not answered",
    };

    public static string AgeGroup(AgeGroup? group) => group switch
    {
        Harbour.Core.Concerns.AgeGroup.Adult => "Adult",
        Harbour.Core.Concerns.AgeGroup.Child => "Child (under 18)",
        Harbour.Core.Concerns.AgeGroup.NotKnown => "Not known",
        _ => "Not answered",
    };

    public static string PreventType(PreventConcernType? type) => type switch
    {
        PreventConcernType.Islamist => "Islamist",
        PreventConcernType.ExtremeRightWing => "Extreme right-wing",
        PreventConcernType.MixedUnclearUnstable => "Mixed, unclear or unstable",
        PreventConcernType.Other => "Other",
        _ => "Not answered",
    };

    public static string Consent(ConsentAnswer? consent) => consent switch
    {
        ConsentAnswer.Yes => "Yes, they know and agree",
        ConsentAnswer.No => "No",
        ConsentAnswer.NotAsked => "They have not been asked",
        _ => "Not answered",
    };

    public static string Involvement(InvolvementRole role) => role switch
    {
        InvolvementRole.SuspectedExploiter => "Suspected exploiter",
        InvolvementRole.AtTheSameAddress => "At the same address",
        _ => "Other",
    };

    public static string CaseRole(CasePersonRole role) => role switch
    {
        CasePersonRole.AtRisk => "Person at risk",
        CasePersonRole.SuspectedExploiter => "Suspected exploiter",
        CasePersonRole.AtTheSameAddress => "At the same address",
        _ => "Other person involved",
    };

    public static string Decision(TriageDecision? decision) => decision switch
    {
        TriageDecision.NoFurtherAction => "No further action",
        TriageDecision.OpenCase => "Open a case",
        TriageDecision.PassToAnotherOrganisation => "Pass to another organisation",
        TriageDecision.ReferToPolice => "Refer to the police",
        _ => "Not decided",
    };

    public static string LawfulBasis(LawfulBasis basis) => basis switch
    {
        Harbour.Core.Cases.LawfulBasis.Consent => "Consent",
        _ => "Safeguarding (UK GDPR and DPA 2018 Schedule 1 paragraph 18)",
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        _ => "Not answered",
    };
}
