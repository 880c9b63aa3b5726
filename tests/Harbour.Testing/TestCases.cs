using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Testing;

/// <summary>Builds an open case the way Harbour makes one: a referrer's concern, submitted, then triaged into a case.</summary>
public static class TestCases
{
    /// <summary>
    /// A modern slavery case about Ana Popescu in Southampton, opened by <paramref name="lead"/> (who must be a
    /// safeguarding lead of Southampton City Council, the area's triaging council). Returns its reference.
    /// </summary>
    public static async Task<string> OpenAsync(IServiceProvider services, TestUser lead, AgeGroup age = AgeGroup.Adult)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var submitted = await TestConcerns.SubmitAsync(services, "hiow-constabulary",
            new PersonAtRisk { GivenNames = "Ana", FamilyName = "Popescu", AgeGroup = age },
            adjust: c =>
            {
                c.WhatHappened = "Driven to a car wash at 6am every day.";
                c.Consent = age == AgeGroup.Child ? null : ConsentAnswer.Yes;
            });
        return await OpenCaseAsync(services, submitted, lead, HarbourRoles.SafeguardingLead);
    }

    /// <summary>
    /// A Prevent case (extreme right-wing concern) about Kai Carter in Southampton, opened by <paramref name="preventLead"/>
    /// (a Prevent lead of Southampton City Council). Returns its reference.
    /// </summary>
    public static async Task<string> OpenPreventAsync(IServiceProvider services, TestUser preventLead, AgeGroup age = AgeGroup.Child)
    {
        ArgumentNullException.ThrowIfNull(preventLead);
        var submitted = await TestConcerns.SubmitAsync(services, "hiow-constabulary",
            new PersonAtRisk { GivenNames = "Kai", FamilyName = "Carter", AgeGroup = age },
            adjust: c =>
            {
                c.IsModernSlavery = false;
                c.ExploitationTypeCodes = [];
                c.IsPrevent = true;
                c.PreventConcernType = PreventConcernType.ExtremeRightWing;
                c.WhatHappened = "Sharing extreme right-wing videos in a class group chat.";
                c.Consent = age == AgeGroup.Child ? null : ConsentAnswer.Yes;
            });
        return await OpenCaseAsync(services, submitted, preventLead, HarbourRoles.PreventLead);
    }

    private static async Task<string> OpenCaseAsync(IServiceProvider services, Concern submitted, TestUser lead, string leadRole)
    {
        await using var scope = services.CreateAsyncScope();
        var concerns = scope.ServiceProvider.GetRequiredService<ConcernService>();
        var leadScope = new UserScope(lead.Id, lead.OrganisationId, new HashSet<string> { leadRole });
        var decided = await concerns.DecideAsync(submitted.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), leadScope, AuditActor.System);
        return await concerns.CaseReferenceAsync(decided.CaseId!.Value);
    }
}
