using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Core.Pathways;
using Harbour.Testing;

namespace Harbour.Web.Tests.Pathways;

public sealed class ChannelPageTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task PreventLead_TakesAnUnder18FromReferralThroughParentalConsentToTheTwelveMonthReview()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PreventLead], "southampton-city-council");
        var reference = await TestCases.OpenPreventAsync(factory.Services, lead, AgeGroup.Child);
        var client = factory.CreateClientAs(lead);
        var page = $"/cases/{reference}/channel";

        await Forms.StepAsync(client, page, "Start", []);
        var referral = await Forms.PostAsync(client, $"{page}/referral", [("ConcernType", "ExtremeRightWing"), ("ReferringSector", "Education"), ("HasSpecialEducationalNeedsOrDisability", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, referral.StatusCode);
        Assert.Equal(["Enter the special educational needs or disability"], (await HtmlDocument.ParseAsync(referral)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, $"{page}/referral",
            [("ConcernType", "ExtremeRightWing"), ("ReferringSector", "Education"), ("HasSpecialEducationalNeedsOrDisability", "yes"), ("SpecialEducationalNeedsDetails", "Autistic"), ("OnlineActivity", "Shares memes")])).StatusCode);
        await Forms.StepAsync(client, page, "Gateway", [.. Forms.Date("AssessedOn", 2025, 1, 6), ("Outcome", "ChannelPanel"), ("Rationale", "Escalating online activity")]);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, $"{page}/meeting",
            [.. Forms.Date("HeldOn", 2025, 1, 20), ("Chair", "Channel chair"), ("Attendees", "Prevent lead, school"), ("Decisions", "Adopt"), ("Outcome", "Adopt")])).StatusCode);

        var ratings = VulnerabilityAssessmentFramework.Factors.Where(f => f.Code != "criminal-capability").Select(f => ($"Rating-{f.Code}", "Low")).ToArray();
        var partial = await Forms.PostAsync(client, $"{page}/assessment", [.. Forms.Date("AssessedOn", 2025, 1, 20), .. ratings]);
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.Equal(["Select a rating for ‘Criminal capability’"], (await HtmlDocument.ParseAsync(partial)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, $"{page}/assessment",
            [.. Forms.Date("AssessedOn", 2025, 1, 20), .. ratings, ("Rating-criminal-capability", "NotPresent"), ("Notes-grievance", "Feels picked on at school")])).StatusCode);

        var byThePerson = await Forms.PostAsync(client, page, [("ConsentGivenBy", "Person"), ("ConsentGiven", "yes"), .. Forms.Date("ConsentOn", 2025, 1, 27)], $"{page}?handler=Consent");
        Assert.Equal(HttpStatusCode.BadRequest, byThePerson.StatusCode);
        Assert.Equal(["The person is under 18: a parent or guardian must give consent"], (await HtmlDocument.ParseAsync(byThePerson)).ErrorSummary());
        await Forms.StepAsync(client, page, "Consent", [("ConsentGivenBy", "ParentOrGuardian"), ("ParentOrGuardianName", "Sam Carter"), ("ConsentGiven", "yes"), .. Forms.Date("ConsentOn", 2025, 1, 27)]);
        await Forms.StepAsync(client, page, "AddAction", [("Provider", "Intervention provider"), ("SupportAction", "Weekly mentoring")]);
        await Forms.StepAsync(client, page, "Exit", [.. Forms.Date("ExitedOn", 2025, 6, 2), ("ExitSummary", "Engaged well; no longer sharing material")]);
        Assert.Contains("Due 2 December 2025", (await HtmlDocument.ParseAsync(await client.GetAsync(page))).Text(), StringComparison.Ordinal);
        await Forms.StepAsync(client, page, "Review", [.. Forms.Date("ReviewedOn", 2025, 12, 3), ("ReviewNotes", "No new concerns")]);
        await Forms.StepAsync(client, page, "Review", [.. Forms.Date("ReviewedOn", 2026, 6, 2), ("ReviewNotes", "Still no concerns")]);

        var text = (await HtmlDocument.ParseAsync(await client.GetAsync(page))).Text();
        Assert.Contains("Complete: both reviews done", text, StringComparison.Ordinal);
        Assert.Contains("A parent or guardian: Sam Carter", text, StringComparison.Ordinal);
        Assert.Contains("Feels picked on at school", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReasonableAdjustments_ShowAtTheTopOfEveryPageOfTheCase()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PreventLead], "southampton-city-council");
        var reference = await TestCases.OpenPreventAsync(factory.Services, lead, AgeGroup.Child);
        var client = factory.CreateClientAs(lead);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, $"/cases/{reference}",
            [("ReasonableAdjustments", "Autistic: send a written agenda first; meet in a quiet room")], $"/cases/{reference}?handler=Adjustments")).StatusCode);
        await Forms.StepAsync(client, $"/cases/{reference}/channel", "Start", []);

        foreach (var path in new[] { "", "/channel", "/channel/referral", "/safeguarding", "/nrm", "/duty-to-notify" })
        {
            var document = await HtmlDocument.ParseAsync(await client.GetAsync($"/cases/{reference}{path}"));
            Assert.Contains("send a written agenda first", document.QuerySelector("#reasonable-adjustments")?.TextContent ?? $"(none on {path})", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SafeguardingLead_GetsNotFoundOnAPreventCaseAndForbiddenOnChannelPages()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PreventLead], "southampton-city-council");
        var safeguardingLead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder], "southampton-city-council");
        var otherPreventLead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PreventLead], "portsmouth-city-council");
        var reference = await TestCases.OpenPreventAsync(factory.Services, lead);

        var client = factory.CreateClientAs(safeguardingLead);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cases/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cases/{reference}/safeguarding")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/cases/{reference}/channel")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs(otherPreventLead).GetAsync($"/cases/{reference}/channel")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/referral")]
    [InlineData("/meeting")]
    [InlineData("/assessment")]
    public async Task ChannelPages_OnlyPreventRoles(string path)
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PreventLead], "southampton-city-council");
        var reference = await TestCases.OpenPreventAsync(factory.Services, lead);
        // The matrix's users belong to another organisation: Prevent roles pass the role check and meet need to know (404).
        await RoleMatrix.AssertAsync(factory, $"/cases/{reference}/channel{path}", [HarbourRoles.PreventLead, HarbourRoles.ChannelPanelMember], HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SafeguardingPage_OnlyCaseWorkers()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, lead);
        await RoleMatrix.AssertAsync(factory, $"/cases/{reference}/safeguarding", HarbourRoles.CaseWork, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SafeguardingLead_RecordsACareActEnquiryFromReferralToOutcome()
    {
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var reference = await TestCases.OpenAsync(factory.Services, lead, AgeGroup.Adult);
        var client = factory.CreateClientAs(lead);
        var page = $"/cases/{reference}/safeguarding";

        var blank = await Forms.PostAsync(client, page, [("Kind", "CareActEnquiry")], $"{page}?handler=Refer");
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(["Enter the date of the referral, as a real date", "Enter the team the referral went to"], (await HtmlDocument.ParseAsync(blank)).ErrorSummary());
        var childRoute = await Forms.PostAsync(client, page, [("Kind", "ChildrensServicesReferral"), .. Forms.Date("ReferredOn", 2026, 11, 2), ("ReferredTo", "MASH")], $"{page}?handler=Refer");
        Assert.Equal(HttpStatusCode.BadRequest, childRoute.StatusCode);

        await Forms.StepAsync(client, page, "Refer", [("Kind", "CareActEnquiry"), .. Forms.Date("ReferredOn", 2026, 11, 2), ("ReferredTo", "Southampton Adult Social Care"), ("TheirReference", "ASC-1")]);
        var pathwayId = (await HtmlDocument.ParseAsync(await client.GetAsync(page))).QuerySelector("input[name=PathwayId]")!.GetAttribute("value")!;
        await Forms.StepAsync(client, page, "Decision", [("PathwayId", pathwayId), ("Accepted", "yes"), ("Decision", "section-42"), .. Forms.Date("DecidedOn", 2026, 11, 3)]);
        await Forms.StepAsync(client, page, "Conclude", [("PathwayId", pathwayId), ("Outcome", "risk-reduced"), ("OutcomeNotes", "Moved to safe housing"), .. Forms.Date("ConcludedOn", 2026, 11, 10)]);

        var text = (await HtmlDocument.ParseAsync(await client.GetAsync(page))).Text();
        Assert.Contains("Section 42 enquiry", text, StringComparison.Ordinal);
        Assert.Contains("Risk reduced. Moved to safe housing", text, StringComparison.Ordinal);
    }
}
