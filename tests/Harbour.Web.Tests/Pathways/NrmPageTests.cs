using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Web.Tests.Pathways;

public sealed class NrmPageTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task FirstResponder_TakesAnAdultReferralFromConsentToConclusiveGrounds()
    {
        var responder = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder], "southampton-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, responder, AgeGroup.Adult);
        var client = factory.CreateClientAs(responder);
        var page = $"/cases/{reference}/nrm";

        await Forms.StepAsync(client, page, "Start", []);
        var noConsent = await Forms.PostAsync(client, page, [("ConsentGiven", "yes")], $"{page}?handler=Consent");
        Assert.Equal(HttpStatusCode.BadRequest, noConsent.StatusCode);
        Assert.Equal(["Enter who explained the NRM to the person", "Enter the date the NRM was explained, as a real date", "Select yes if an interpreter was used"],
            (await HtmlDocument.ParseAsync(noConsent)).ErrorSummary());
        await Forms.StepAsync(client, page, "Consent", [("ConsentGiven", "yes"), ("ConsentExplainedBy", "PC Evans"), ("ConsentExplainedOnDay", "20"), ("ConsentExplainedOnMonth", "11"), ("ConsentExplainedOnYear", "2026"), ("InterpreterUsed", "yes")]);
        await Forms.StepAsync(client, page, "Submit", [("SubmittedOnDay", "20"), ("SubmittedOnMonth", "11"), ("SubmittedOnYear", "2026"), ("CompetentAuthority", "SingleCompetentAuthority")]);
        Assert.Contains("27 November 2026 (5 working days)", (await HtmlDocument.ParseAsync(await client.GetAsync(page))).Text(), StringComparison.Ordinal);

        var tooEarly = await Forms.PostAsync(client, page, [("Outcome", "positive"), ("DecidedOnDay", "21"), ("DecidedOnMonth", "11"), ("DecidedOnYear", "2026")], $"{page}?handler=ConclusiveGrounds");
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Equal(["A Conclusive Grounds decision can only follow a positive Reasonable Grounds decision"], (await HtmlDocument.ParseAsync(tooEarly)).ErrorSummary());

        await Forms.StepAsync(client, page, "ReasonableGrounds", [("Outcome", "positive"), ("DecidedOnDay", "21"), ("DecidedOnMonth", "11"), ("DecidedOnYear", "2026")]);
        await Forms.StepAsync(client, page, "ConclusiveGrounds", [("Outcome", "positive"), ("DecidedOnDay", "22"), ("DecidedOnMonth", "11"), ("DecidedOnYear", "2026")]);

        var text = (await HtmlDocument.ParseAsync(await client.GetAsync(page))).Text();
        Assert.Contains("Positive Conclusive Grounds decision", text, StringComparison.Ordinal);
        Assert.Contains("At least until 21 December 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeadWithoutTheFirstResponderRole_SeesNoFormsAndIsRefused()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, lead, AgeGroup.Adult);
        var client = factory.CreateClientAs(lead);
        var page = $"/cases/{reference}/nrm";

        var document = await HtmlDocument.ParseAsync(await client.GetAsync(page));
        Assert.Contains("Only a First responder of a First Responder Organisation can make an NRM referral", document.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(client, page, [], $"{page}?handler=Start")).StatusCode);
    }

    [Fact]
    public async Task AnotherOrganisation_GetsNotFound()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var outsider = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.FirstResponder], "portsmouth-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, lead, AgeGroup.Adult);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs(outsider).GetAsync($"/cases/{reference}/nrm")).StatusCode);
    }

    [Fact]
    public async Task DutyToNotify_PageLeavesTheNameOutUnlessThePersonAgrees()
    {
        var responder = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder], "southampton-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, responder, AgeGroup.Adult);
        var client = factory.CreateClientAs(responder);
        var page = $"/cases/{reference}/duty-to-notify";

        var anonymous = (await HtmlDocument.ParseAsync(await client.GetAsync(page))).Text();
        Assert.Contains("Left out: the person has not agreed to be named", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Popescu", anonymous, StringComparison.Ordinal);

        var response = await Forms.PostAsync(client, page, [("PersonAgreesToBeNamed", "yes"), ("SubmittedOnDay", "20"), ("SubmittedOnMonth", "11"), ("SubmittedOnYear", "2026")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Ana Popescu", (await HtmlDocument.ParseAsync(await client.GetAsync(page))).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_GivesWhatTheCaseKnowsInFormOrder_AndIsNotFoundOutsideScope()
    {
        var responder = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder], "southampton-city-council");
        var outsider = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.FirstResponder], "portsmouth-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, responder, AgeGroup.Adult);

        var document = await HtmlDocument.ParseAsync(await factory.CreateClientAs(responder).GetAsync($"/cases/{reference}/nrm/summary"));

        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["1. About you, the first responder", "2. The potential victim", "3. Consent", "4. The exploitation", "5. Suspected exploiters and others involved", "6. Support needs"], headings);
        Assert.Contains("Ana Popescu", document.Text(), StringComparison.Ordinal);
        Assert.Contains("Forced labour", document.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs(outsider).GetAsync($"/cases/{reference}/nrm/summary")).StatusCode);
    }

    [Theory]
    [InlineData("/nrm")]
    [InlineData("/nrm/summary")]
    [InlineData("/duty-to-notify")]
    public async Task NrmPages_OnlyCaseWorkers(string path)
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, lead, AgeGroup.Adult);
        // The matrix's users belong to another organisation: case-work roles meet need to know (404); a Referrer,
        // coordinator or administrator is refused by role (403).
        await RoleMatrix.AssertAsync(factory, $"/cases/{reference}{path}", HarbourRoles.CaseWork, HttpStatusCode.NotFound);
    }
}
