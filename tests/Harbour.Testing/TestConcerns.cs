using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Linking;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Testing;

/// <summary>Submitted concerns from any organisation, and the linking run that new concerns get in the background.</summary>
public static class TestConcerns
{
    /// <summary>
    /// A submitted modern slavery concern raised by a referrer of <paramref name="organisationCode"/> in <paramref name="areaCode"/>,
    /// about <paramref name="person"/>, with no other people; <paramref name="adjust"/> changes any answer (a Prevent
    /// concern, other people) before it is submitted.
    /// </summary>
    public static async Task<Concern> SubmitAsync(IServiceProvider services, string organisationCode, PersonAtRisk person, string areaCode = "southampton", Action<Concern>? adjust = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var referrer = await TestUsers.CreateAsync(services, [HarbourRoles.Referrer], organisationCode);
        await using var scope = services.CreateAsyncScope();
        var concerns = scope.ServiceProvider.GetRequiredService<ConcernService>();
        var referrerScope = new UserScope(referrer.Id, referrer.OrganisationId, new HashSet<string> { HarbourRoles.Referrer });
        var draft = await concerns.StartDraftAsync(referrerScope, AuditActor.System);
        var area = await concerns.AreaIdAsync(areaCode);
        await concerns.UpdateDraftAsync(draft.Id, referrerScope, AuditActor.System, "all", c =>
        {
            c.IsModernSlavery = true;
            c.ImmediateDanger = false;
            c.AreaId = area;
            c.Person = person;
            c.ExploitationTypeCodes = ["forced-labour"];
            c.WhatHappened = "Seen being driven to work at 6am.";
            c.OtherPeopleKnown = false;
            c.Consent = ConsentAnswer.Yes;
            adjust?.Invoke(c);
        });
        return await concerns.SubmitAsync(draft.Id, referrerScope, AuditActor.System);
    }

    /// <summary>Links every concern not linked yet, as the background job does a few seconds after submission.</summary>
    public static async Task<LinkingRun> LinkAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LinkingService>().LinkPendingAsync();
    }
}
