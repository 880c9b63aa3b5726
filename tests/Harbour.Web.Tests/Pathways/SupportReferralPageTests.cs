using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Testing;

namespace Harbour.Web.Tests.Pathways;

public sealed class SupportReferralPageTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Lead_RefersToMovingOn_AndMedailleAcceptsInItsInbox()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var medaille = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "medaille-trust");
        var reference = await TestCases.OpenAsync(factory.Services, lead, AgeGroup.Adult);
        var client = factory.CreateClientAs(lead);

        var search = await HtmlDocument.ParseAsync(await client.GetAsync($"/cases/{reference}/refer?Need=mental-health"));
        var link = search.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Refer to Moving On project").GetAttribute("href")!;
        var noConsent = await Forms.PostAsync(client, link, [("Reason", "Long-term support"), ("InformationShared", "Ana, 34"), ("Consent", "no"), ("ConsentGivenBy", "Ana"), .. Forms.Date("ConsentGivenOn", 2026, 11, 20)]);
        Assert.Equal(HttpStatusCode.BadRequest, noConsent.StatusCode);
        Assert.Equal(["The person (or a parent or guardian for a child) must agree to the referral before it is sent"], (await HtmlDocument.ParseAsync(noConsent)).ErrorSummary());
        var sent = await Forms.PostAsync(client, link, [("Reason", "Long-term support"), ("InformationShared", "Ana, 34"), ("Consent", "yes"), ("ConsentGivenBy", "Ana"), .. Forms.Date("ConsentGivenOn", 2026, 11, 20)]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var inbox = factory.CreateClientAs(medaille);
        Assert.Equal(HttpStatusCode.NotFound, (await inbox.GetAsync($"/cases/{reference}")).StatusCode);
        var received = await HtmlDocument.ParseAsync(await inbox.GetAsync("/referrals"));
        var open = received.QuerySelectorAll("a").First(a => a.TextContent.Contains("Moving On project", StringComparison.Ordinal)).GetAttribute("href")!;
        await Forms.StepAsync(inbox, open, "Accept", []);

        Assert.Equal(HttpStatusCode.OK, (await inbox.GetAsync($"/cases/{reference}")).StatusCode);
        var caseText = (await HtmlDocument.ParseAsync(await client.GetAsync($"/cases/{reference}"))).Text();
        Assert.Contains("Accepted", caseText, StringComparison.Ordinal);
        Assert.Contains("accepted the referral", caseText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferralToAServiceOutsideHarbour_HasAPrintableReferral()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, lead, AgeGroup.Adult);
        var client = factory.CreateClientAs(lead);
        var search = await HtmlDocument.ParseAsync(await client.GetAsync($"/cases/{reference}/refer?q=survivor"));
        var link = search.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Refer to Survivor Hub").GetAttribute("href")!;
        await Forms.PostAsync(client, link, [("Reason", "Work opportunities"), ("InformationShared", "Ana would like paid work"), ("Consent", "yes"), ("ConsentGivenBy", "Ana"), .. Forms.Date("ConsentGivenOn", 2026, 11, 20)]);

        var casePage = await HtmlDocument.ParseAsync(await client.GetAsync($"/cases/{reference}"));
        var print = casePage.QuerySelectorAll("a").First(a => a.TextContent.StartsWith("Printable referral", StringComparison.Ordinal)).GetAttribute("href")!;
        var printed = (await HtmlDocument.ParseAsync(await client.GetAsync(print))).Text();
        Assert.Contains("Ana would like paid work", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferralPages_WrongRolesAreRefused()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, lead);
        await RoleMatrix.AssertAsync(factory, "/referrals", HarbourRoles.CaseWork);
        await RoleMatrix.AssertAsync(factory, $"/referrals/{Guid.NewGuid()}", HarbourRoles.CaseWork, HttpStatusCode.NotFound);
        await RoleMatrix.AssertAsync(factory, $"/cases/{reference}/refer", HarbourRoles.CaseWork, HttpStatusCode.NotFound);
    }
}
