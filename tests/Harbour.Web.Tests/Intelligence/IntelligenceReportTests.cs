using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Governance;
using Harbour.Core.Intelligence;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Web.Tests.Intelligence;

public sealed class IntelligenceReportTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    private static readonly string[] Submitters = [HarbourRoles.PoliceAnalyst, HarbourRoles.SafeguardingLead, HarbourRoles.PreventLead];

    [Fact]
    public async Task SubmitPages_PoliceAnalystsAndLeads_AndSomeoneElsesDraftIs404()
    {
        foreach (var path in new[] { "/intelligence", "/intelligence/submit" })
        {
            await RoleMatrix.AssertAsync(factory, path, Submitters);
        }

        var author = factory.CreateClientAs(await factory.CreateUserAsync(HarbourRoles.PoliceAnalyst));
        var draft = await StartAsync(author);
        foreach (var page in new[] { "case", "intelligence", "grading", "victim-details", "check-answers", "submitted" })
        {
            await RoleMatrix.AssertAsync(factory, $"{draft}/{page}", Submitters, HttpStatusCode.NotFound);
        }

        // A draft has nothing to confirm, even to its author.
        using var unsubmitted = await author.GetAsync($"{draft}/submitted");
        Assert.Equal(HttpStatusCode.NotFound, unsubmitted.StatusCode);
    }

    [Fact]
    public async Task ReportPages_PoliceAnalystsOnly_AndNonMembersGet404()
    {
        var submitter = factory.CreateClientAs(await factory.CreateUserAsync(HarbourRoles.PoliceAnalyst));
        var reference = await SubmitAsync(submitter);
        foreach (var path in new[] { "/intelligence/reports", "/intelligence/reports?status=tasked", $"/intelligence/reports/{reference}", $"/intelligence/reports/{reference}/task", $"/intelligence/reports/{reference}/close" })
        {
            await RoleMatrix.AssertAsync(factory, path, [HarbourRoles.PoliceAnalyst], HttpStatusCode.NotFound);
        }

        var member = await MemberAsync();
        foreach (var path in new[] { "/intelligence/reports", $"/intelligence/reports/{reference}", $"/intelligence/reports/{reference}/task", $"/intelligence/reports/{reference}/close" })
        {
            using var response = await member.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var missing = await member.GetAsync("/intelligence/reports/INT-2026-999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Grading_BadOrMissing_ShowsTheGovukErrors_AndSavesNothing()
    {
        var analyst = factory.CreateClientAs(await factory.CreateUserAsync(HarbourRoles.PoliceAnalyst));
        var draft = await StartAsync(analyst);
        var id = Guid.Parse(draft.Split('/')[^1]);

        using var bad = await Forms.PostAsync(analyst, $"{draft}/grading", [("SourceEvaluation", "4"), ("Assessment", "F"), ("HandlingCode", "C"), ("HandlingConditions", " ")]);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = await HtmlDocument.ParseAsync(bad);
        Assert.Equal(["Select how reliable the source is", "Select how the source knows the intelligence", "Enter the conditions for sharing the intelligence"], page.ErrorSummary());
        Assert.Equal("HandlingConditions", page.QuerySelector(".govuk-error-summary__list li:last-child a")!.GetAttribute("href")![1..]);
        Assert.NotNull(page.QuerySelector("#HandlingCode-2[checked]"));
        var stored = await factory.WithDatabaseAsync(db => db.IntelligenceReports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((null, null, null), (stored.SourceEvaluation, stored.Assessment, stored.HandlingCode));

        using var notReliable = await Forms.PostAsync(analyst, $"{draft}/grading", [("SourceEvaluation", "3"), ("Assessment", "D"), ("HandlingCode", "P")]);
        Assert.Equal(HttpStatusCode.BadRequest, notReliable.StatusCode);
        Assert.Equal(["Enter why the source is not reliable"], (await HtmlDocument.ParseAsync(notReliable)).ErrorSummary());
    }

    [Fact]
    public async Task Lead_SubmitsAboutACase_WithoutTheVictimsDetails_AndTheGroupTasksAndClosesIt_EveryViewAudited()
    {
        var leadUser = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");
        var caseReference = await TestCases.OpenAsync(factory.Services, leadUser);
        var lead = factory.CreateClientAs(leadUser);
        var draft = await StartAsync(lead);
        await StepAsync(lead, $"{draft}/case", [("CaseReference", caseReference)], $"{draft}/intelligence");
        await StepAsync(lead, $"{draft}/intelligence", [("Text", "Ana Popescu is driven from the car wash to a house in Portswood by a man called Marius in a white van.")], $"{draft}/grading");
        await StepAsync(lead, $"{draft}/grading", [("SourceEvaluation", "1"), ("Assessment", "A"), ("HandlingCode", "C"), ("HandlingConditions", "Police only")], $"{draft}/victim-details");

        using var noAnswer = await Forms.PostAsync(lead, $"{draft}/victim-details", []);
        Assert.Equal(HttpStatusCode.BadRequest, noAnswer.StatusCode);
        Assert.Equal(["Select yes if the Pursue group needs the victim's personal details"], (await HtmlDocument.ParseAsync(noAnswer)).ErrorSummary());
        await StepAsync(lead, $"{draft}/victim-details", [("VictimDetailsNeeded", "no")], $"{draft}/check-answers");

        var check = await HtmlDocument.ParseAsync(await lead.GetAsync($"{draft}/check-answers"));
        Assert.Equal("[victim's name] is driven from the car wash to a house in Portswood by a man called Marius in a white van.", check.QuerySelector("#preview")!.TextContent.Trim());
        using var submitted = await Forms.PostAsync(lead, $"{draft}/check-answers", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var confirmation = (await HtmlDocument.ParseAsync(await lead.GetAsync(submitted.Headers.Location!.OriginalString))).Text();
        var reference = System.Text.RegularExpressions.Regex.Match(confirmation, @"INT-\d{4}-\d{6}").Value;
        Assert.NotEmpty(reference);

        // The lead is not in the Pursue group: they follow the status and nothing more.
        using var hidden = await lead.GetAsync($"/intelligence/reports/{reference}");
        Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);

        var (member, memberId) = await MemberWithIdAsync();
        var report = (await HtmlDocument.ParseAsync(await member.GetAsync($"/intelligence/reports/{reference}"))).Text();
        Assert.Contains("[victim's name] is driven", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Popescu", report, StringComparison.Ordinal);
        Assert.Contains("Taken out: Name (1)", report, StringComparison.Ordinal);
        Assert.Contains("1 – Reliable", report, StringComparison.Ordinal);
        Assert.Contains("Conditions: Police only", report, StringComparison.Ordinal);

        using var badTask = await Forms.PostAsync(member, $"/intelligence/reports/{reference}/task", [("AssignedToUserId", Guid.NewGuid().ToString()), .. Forms.Date("DueOn", 2026, 2, 30)]);
        Assert.Equal(HttpStatusCode.BadRequest, badTask.StatusCode);
        Assert.Equal(["The date the task is due must be a real date"], (await HtmlDocument.ParseAsync(badTask)).ErrorSummary());
        using var tasked = await Forms.PostAsync(member, $"/intelligence/reports/{reference}/task",
            [("AssignedToUserId", memberId.ToString()), .. Forms.Date("DueOn", DateTime.UtcNow.Year + 1, 1, 15), ("Instructions", "Identify the van and the Portswood address")]);
        Assert.Equal(HttpStatusCode.Redirect, tasked.StatusCode);
        using var closed = await Forms.PostAsync(member, $"/intelligence/reports/{reference}/close", [("Outcome", "Address visited with the council; two people safeguarded")]);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var history = (await HtmlDocument.ParseAsync(await member.GetAsync($"/intelligence/reports/{reference}"))).Text();
        Assert.Contains("Identify the van and the Portswood address", history, StringComparison.Ordinal);
        Assert.Contains("Outcome: Address visited with the council", history, StringComparison.Ordinal);

        var mine = (await HtmlDocument.ParseAsync(await lead.GetAsync("/intelligence"))).Text();
        Assert.Contains(reference, mine, StringComparison.Ordinal);
        Assert.Contains("Closed", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("two people safeguarded", mine, StringComparison.Ordinal);

        var id = (await factory.WithDatabaseAsync(db => db.IntelligenceReports.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync())).ToString();
        var actions = await factory.WithDatabaseAsync(db => db.AuditEvents.Where(e => e.EntityId == id && e.UserId == memberId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        // The report page, the task form (read before each of the two posts), the close form and the report again: each a view.
        Assert.Equal(["intelligence.read", "intelligence.read", "intelligence.read", "intelligence.tasked", "intelligence.read", "intelligence.closed", "intelligence.read"], actions);
    }

    private async Task<HttpClient> MemberAsync() => (await MemberWithIdAsync()).Client;

    private async Task<(HttpClient Client, Guid Id)> MemberWithIdAsync()
    {
        var user = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PoliceAnalyst], "hiow-constabulary");
        await factory.WithDatabaseAsync(async db =>
        {
            db.PursueGroupMembers.Add(new PursueGroupMember { Id = Guid.NewGuid(), UserId = user.Id, AddedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        return (factory.CreateClientAs(user), user.Id);
    }

    /// <summary>Starts a draft and returns its address, /intelligence/submit/{id}.</summary>
    private static async Task<string> StartAsync(HttpClient client)
    {
        using var started = await Forms.PostAsync(client, "/intelligence/submit", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        return location[..location.LastIndexOf('/')];
    }

    private static async Task StepAsync(HttpClient client, string page, (string Name, string Value)[] fields, string next)
    {
        using var response = await Forms.PostAsync(client, page, fields);
        var detail = response.StatusCode == HttpStatusCode.Redirect ? "" : string.Join("; ", (await HtmlDocument.ParseAsync(response)).ErrorSummary());
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {(int)response.StatusCode} {detail}");
        Assert.Equal(next, response.Headers.Location!.OriginalString);
    }

    private async Task<string> SubmitAsync(HttpClient client)
    {
        var draft = await StartAsync(client);
        await StepAsync(client, $"{draft}/case", [("CaseReference", "")], $"{draft}/intelligence");
        await StepAsync(client, $"{draft}/intelligence", [("Text", "A white van collects workers from the car wash on Dock Road at 5am.")], $"{draft}/grading");
        await StepAsync(client, $"{draft}/grading", [("SourceEvaluation", "2"), ("Assessment", "B"), ("HandlingCode", "P")], $"{draft}/check-answers");
        using var submitted = await Forms.PostAsync(client, $"{draft}/check-answers", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var id = Guid.Parse(draft.Split('/')[^1]);
        return await factory.WithDatabaseAsync(db => db.IntelligenceReports.Where(r => r.Id == id).Select(r => r.Reference!).SingleAsync());
    }
}
