using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Governance;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Web.Tests.Governance;

public sealed class PartnershipBusinessTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task CoordinatorPages_OnlyCoordinators()
    {
        var member = await factory.WithDatabaseAsync(db => db.PartnershipMembers.Select(m => m.Id).FirstAsync());
        foreach (var path in new[]
        {
            "/partnership", "/partnership/strategy", "/partnership/terms-of-reference", "/partnership/members", $"/partnership/members/{member}",
            "/partnership/pursue-group", "/meetings", "/meetings/new", "/actions/new", "/partnership/report", "/partnership/report?handler=Pdf&year=2026",
        })
        {
            await RoleMatrix.AssertAsync(factory, path, [HarbourRoles.PartnershipCoordinator]);
        }
    }

    [Fact]
    public async Task MembersPages_EverySignedInRole()
    {
        foreach (var path in new[] { "/members", "/members/strategy", "/actions", "/actions?view=overdue" })
        {
            await RoleMatrix.AssertAsync(factory, path, HarbourRoles.All);
        }
    }

    [Fact]
    public async Task Owner_RecordsAQuarterlyUpdate_AnotherOrganisationGets404_AndTheCoordinatorSeesTheHistory()
    {
        var coordinator = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc"));
        var owner = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "isle-of-wight-council"));
        var other = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "portsmouth-city-council"));
        var path = await AddActionAsync(coordinator, "Train Isle of Wight ferry staff to spot the signs", "isle-of-wight-council");

        using var missingRag = await Forms.PostAsync(owner, path, [("Text", "Two sessions booked")]);
        Assert.Equal(HttpStatusCode.BadRequest, missingRag.StatusCode);
        Assert.Equal(["Select the action's RAG status"], (await HtmlDocument.ParseAsync(missingRag)).ErrorSummary());
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.ActionUpdates.CountAsync(u => u.Text == "Two sessions booked")));

        using var saved = await Forms.PostAsync(owner, path, [("Text", "Two sessions booked"), ("Rag", "Amber")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var hidden = await other.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("ferry staff", (await HtmlDocument.ParseAsync(await other.GetAsync("/actions"))).Text(), StringComparison.Ordinal);
        Assert.Contains("ferry staff", (await HtmlDocument.ParseAsync(await owner.GetAsync("/actions"))).Text(), StringComparison.Ordinal);

        var page = (await HtmlDocument.ParseAsync(await coordinator.GetAsync(path))).Text();
        Assert.Contains("Two sessions booked", page, StringComparison.Ordinal);
        Assert.Contains("Amber", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PursueGroup_MeetingsAndActions_Are404ForNonMembers_IncludingTheCoordinator()
    {
        var coordinatorUser = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        var coordinator = factory.CreateClientAs(coordinatorUser);
        var analystUser = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PoliceAnalyst], "hiow-constabulary");
        var analyst = factory.CreateClientAs(analystUser);
        var outsider = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PoliceAnalyst], "hiow-constabulary"));
        using var added = await Forms.PostAsync(coordinator, "/partnership/pursue-group", [("Email", analystUser.Email)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        using var scheduled = await Forms.PostAsync(analyst, "/meetings/new?group=pursue",
            [.. Forms.Date("HeldOn", 2026, 12, 3), ("Location", "Police HQ, Eastleigh"), ("Chair", "Detective Superintendent, Op Aidant lead")]);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var meeting = scheduled.Headers.Location!.OriginalString;
        var action = await AddActionAsync(analyst, "Disrupt the car wash network", "hiow-constabulary", "pursue");

        foreach (var path in new[] { meeting, action, "/meetings?group=pursue", "/actions?group=pursue", "/meetings/new?group=pursue", "/actions/new?group=pursue" })
        {
            foreach (var client in new[] { coordinator, outsider })
            {
                using var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            }

            using var member = await analyst.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        }

        Assert.DoesNotContain("car wash", (await HtmlDocument.ParseAsync(await coordinator.GetAsync("/actions"))).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meeting_ProposedAgenda_Attendance_Minutes_AndAnAgreedAction_EnterThePlan()
    {
        var coordinator = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc"));
        using var scheduled = await Forms.PostAsync(coordinator, "/meetings/new",
            [.. Forms.Date("HeldOn", 2026, 12, 10), ("Location", "Winchester"), ("Chair", "Office of the Police and Crime Commissioner")]);
        var meeting = scheduled.Headers.Location!.OriginalString;

        await Forms.StepAsync(coordinator, meeting + "/attendance", "", [("Present", "Jane Smith, OPCC\nRaj Patel, Hampshire Constabulary"), ("Apologies", "Ann Lee, NHS")]);
        await Forms.StepAsync(coordinator, meeting + "/minutes", "", [("Minutes", "The partnership reviewed the plan."), ("Decisions", "Adopt the protocol")]);
        var objective = await factory.WithDatabaseAsync(db => db.StrategicObjectives.Where(o => o.Number == 2).Select(o => o.Id).SingleAsync());
        var owner = await factory.WithDatabaseAsync(db => db.Organisations.Where(o => o.Code == "hiow-opcc").Select(o => o.Id).SingleAsync());
        var meetingId = meeting.Split('/')[^1];
        using var agreed = await Forms.PostAsync(coordinator, $"/actions/new?group=partnership&meeting={meetingId}",
            [("Title", "Publish the local authority protocol"), ("ObjectiveId", objective.ToString()), ("FourPCodes", "protect"), ("OwnerOrganisationId", owner.ToString()),
             ("OwnerName", "Jane Smith"), .. Forms.Date("DueOn", 2027, 3, 31)]);
        Assert.Equal(meeting, agreed.Headers.Location!.OriginalString);

        var page = (await HtmlDocument.ParseAsync(await coordinator.GetAsync(meeting))).Text();
        Assert.Contains("Welcome, introductions and apologies", page, StringComparison.Ordinal);
        Assert.Contains("Raj Patel, Hampshire Constabulary", page, StringComparison.Ordinal);
        Assert.Contains("Adopt the protocol", page, StringComparison.Ordinal);
        Assert.Contains("Publish the local authority protocol", page, StringComparison.Ordinal);
        Assert.Contains("Publish the local authority protocol", (await HtmlDocument.ParseAsync(await coordinator.GetAsync("/actions"))).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NewActionWithAnImpossibleDueDate_ShowsErrorAndSavesNothing()
    {
        var coordinator = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc"));
        var before = await factory.WithDatabaseAsync(db => db.PlanActions.CountAsync());

        using var response = await Forms.PostAsync(coordinator, "/actions/new", [("DueOnDay", "31"), ("DueOnMonth", "2"), ("DueOnYear", "2027")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The due date must be a real date", (await HtmlDocument.ParseAsync(response)).ErrorSummary());
        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.PlanActions.CountAsync()));
    }

    [Fact]
    public async Task Post_NewActionWithNothingAnswered_NamesEachMissingAnswerAndSavesNothing()
    {
        var coordinator = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc"));
        var before = await factory.WithDatabaseAsync(db => db.PlanActions.CountAsync());

        using var response = await Forms.PostAsync(coordinator, "/actions/new", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Enter the action", "Select the strategic objective it delivers", "Select at least one of Pursue, Prevent, Protect and Prepare",
             "Select the organisation that owns the action", "Enter the name of the person who owns the action", "Enter the date the action is due"],
            (await HtmlDocument.ParseAsync(response)).ErrorSummary());
        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.PlanActions.CountAsync()));
    }

    [Fact]
    public async Task MembersDirectory_ShowsRepresentativesTheCoordinatorAdds()
    {
        var coordinator = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc"));
        var referrer = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "nspcc"));
        var member = await factory.WithDatabaseAsync(db => (from m in db.PartnershipMembers join o in db.Organisations on m.OrganisationId equals o.Id
                                                            where o.Code == "glaa" select m.Id).SingleAsync());

        await Forms.StepAsync(coordinator, $"/partnership/members/{member}", "Representative", [("Name", "Chris Doyle"), ("JobTitle", "Regional lead"), ("Email", "chris.doyle@gla.gov.uk")]);

        var directory = (await HtmlDocument.ParseAsync(await referrer.GetAsync("/members"))).Text();
        Assert.Contains("Chris Doyle, Regional lead", directory, StringComparison.Ordinal);
        Assert.Contains("chris.doyle@gla.gov.uk", directory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnnualReport_InThreeForms_WithTheCoordinatorsUpdate()
    {
        var coordinator = factory.CreateClientAs(await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc"));
        var path = await AddActionAsync(coordinator, "Run the Slavery Free Hampshire campaign", "isle-of-wight-council");
        await Forms.StepAsync(coordinator, path, "", [("Text", "Campaign launched on the island"), ("Rag", "Green")]);

        var page = await HtmlDocument.ParseAsync(await coordinator.GetAsync("/partnership/report?year=2026"));
        using var pdf = await coordinator.GetAsync("/partnership/report?handler=Pdf&year=2026");
        using var word = await coordinator.GetAsync("/partnership/report?handler=Word&year=2026");

        Assert.Contains("Campaign launched on the island", page.Text(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("caption"), c => c.TextContent.Trim() == "Actions by strategic objective");
        Assert.Contains(page.QuerySelectorAll("svg[role=img] title"), t => t.TextContent == "Concerns by area");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType?.MediaType);
    }

    internal static async Task<string> AddActionAsync(HttpClient client, string title, string ownerCode, string group = "partnership")
    {
        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/actions/new?group={group}"));
        var objective = Guid.Parse(page.QuerySelector("input[name=ObjectiveId]")!.GetAttribute("value")!);
        var owner = Guid.Parse(page.QuerySelectorAll("select[name=OwnerOrganisationId] option").Single(o => o.TextContent.Trim() == OrganisationName(ownerCode)).GetAttribute("value")!);
        using var response = await Forms.PostAsync(client, $"/actions/new?group={group}",
            [("Title", title), ("ObjectiveId", objective.ToString()), ("FourPCodes", group == "pursue" ? "pursue" : "prevent"), ("OwnerOrganisationId", owner.ToString()),
             ("OwnerName", "Alex Green"), .. Forms.Date("DueOn", 2027, 3, 31)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await HtmlDocument.ParseAsync(response)).ErrorSummary()));
        return response.Headers.Location!.OriginalString;
    }

    private static string OrganisationName(string code) => code switch
    {
        "isle-of-wight-council" => "Isle of Wight Council",
        "hiow-constabulary" => "Hampshire and Isle of Wight Constabulary",
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };
}
