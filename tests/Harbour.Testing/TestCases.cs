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
        var referrer = await TestUsers.CreateAsync(services, [HarbourRoles.Referrer], "hiow-constabulary");
        await using var scope = services.CreateAsyncScope();
        var concerns = scope.ServiceProvider.GetRequiredService<ConcernService>();
        var referrerScope = new UserScope(referrer.Id, referrer.OrganisationId, new HashSet<string> { HarbourRoles.Referrer });
        var draft = await concerns.StartDraftAsync(referrerScope, AuditActor.System);
        var area = await concerns.AreaIdAsync("southampton");
        await concerns.UpdateDraftAsync(draft.Id, referrerScope, AuditActor.System, "all", c =>
        {
            c.IsModernSlavery = true;
            c.ImmediateDanger = false;
            c.AreaId = area;
            c.Person = new PersonAtRisk { GivenNames = "Ana", FamilyName = "Popescu", AgeGroup = age };
            c.ExploitationTypeCodes = ["forced-labour"];
            c.WhatHappened = "Driven to a car wash at 6am every day.";
            c.OtherPeopleKnown = false;
            c.Consent = age == AgeGroup.Child ? null : ConsentAnswer.Yes;
        });
        var submitted = await concerns.SubmitAsync(draft.Id, referrerScope, AuditActor.System);
        var leadScope = new UserScope(lead.Id, lead.OrganisationId, new HashSet<string> { HarbourRoles.SafeguardingLead });
        var decided = await concerns.DecideAsync(submitted.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), leadScope, AuditActor.System);
        return await concerns.CaseReferenceAsync(decided.CaseId!.Value);
    }

    /// <summary>
    /// A Prevent case (extreme right-wing concern) about Kai Carter in Southampton, opened by <paramref name="preventLead"/>
    /// (a Prevent lead of Southampton City Council). Returns its reference.
    /// </summary>
    public static async Task<string> OpenPreventAsync(IServiceProvider services, TestUser preventLead, AgeGroup age = AgeGroup.Child)
    {
        ArgumentNullException.ThrowIfNull(preventLead);
        var referrer = await TestUsers.CreateAsync(services, [HarbourRoles.Referrer], "hiow-constabulary");
        await using var scope = services.CreateAsyncScope();
        var concerns = scope.ServiceProvider.GetRequiredService<ConcernService>();
        var referrerScope = new UserScope(referrer.Id, referrer.OrganisationId, new HashSet<string> { HarbourRoles.Referrer });
        var draft = await concerns.StartDraftAsync(referrerScope, AuditActor.System);
        var area = await concerns.AreaIdAsync("southampton");
        await concerns.UpdateDraftAsync(draft.Id, referrerScope, AuditActor.System, "all", c =>
        {
            c.IsPrevent = true;
            c.PreventConcernType = PreventConcernType.ExtremeRightWing;
            c.ImmediateDanger = false;
            c.AreaId = area;
            c.Person = new PersonAtRisk { GivenNames = "Kai", FamilyName = "Carter", AgeGroup = age };
            c.WhatHappened = "Sharing extreme right-wing videos in a class group chat.";
            c.OtherPeopleKnown = false;
            c.Consent = age == AgeGroup.Child ? null : ConsentAnswer.Yes;
        });
        var submitted = await concerns.SubmitAsync(draft.Id, referrerScope, AuditActor.System);
        var leadScope = new UserScope(preventLead.Id, preventLead.OrganisationId, new HashSet<string> { HarbourRoles.PreventLead });
        var decided = await concerns.DecideAsync(submitted.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), leadScope, AuditActor.System);
        return await concerns.CaseReferenceAsync(decided.CaseId!.Value);
    }
}
