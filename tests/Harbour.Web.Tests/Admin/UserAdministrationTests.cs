using System.Net;
using System.Text.Json;
using Harbour.Core.Accounts;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Web.Tests.Admin;

public sealed class UserAdministrationTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Invite_ValidAnswers_CreatesTheUserAndPutsTheInvitationInTheOutbox()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var client = factory.CreateClientAs(admin);

        var response = await Forms.PostAsync(client, "/admin/users/invite",
            [("DisplayName", "Jo Colleague"), ("Email", "jo.colleague@southampton.gov.uk"), ("Organisation", "southampton-city-council"),
             ("Roles", HarbourRoles.SafeguardingLead), ("Roles", HarbourRoles.FirstResponder)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await factory.WithDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == "jo.colleague@southampton.gov.uk"));
        Assert.Equal($"/admin/users/{user.Id}", response.Headers.Location!.OriginalString);
        Assert.Contains("Jo Colleague has been invited", (await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location.OriginalString))).Text(), StringComparison.Ordinal);

        var file = Assert.Single(Directory.GetFiles(factory.OutboxDirectory, "*.json"), f => File.ReadAllText(f).Contains("jo.colleague@southampton.gov.uk", StringComparison.Ordinal));
        using var message = JsonDocument.Parse(File.ReadAllText(file));
        var body = message.RootElement.GetProperty("body").GetString()!;
        Assert.Contains("Dear Jo Colleague", body, StringComparison.Ordinal);
        Assert.Matches(@"https?://[^/]+/account/invitation/[A-Za-z0-9_-]{43}", body);

        var outbox = await HtmlDocument.ParseAsync(await client.GetAsync("/admin/outbox"));
        var link = outbox.QuerySelectorAll("a").Single(a => a.TextContent == "You have been invited to Harbour" && a.GetAttribute("href")!.Contains(message.RootElement.GetProperty("id").GetString()!, StringComparison.Ordinal));
        var shown = await HtmlDocument.ParseAsync(await client.GetAsync(link.GetAttribute("href")));
        Assert.NotNull(shown.QuerySelector("a[href*='/account/invitation/']"));
    }

    [Fact]
    public async Task Invite_FirstResponderAtANonFirstResponderOrganisation_ShowsErrorAndSavesNothing()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var client = factory.CreateClientAs(admin);

        var response = await Forms.PostAsync(client, "/admin/users/invite",
            [("DisplayName", "Ali Nurse"), ("Email", "ali.nurse@nhs.net"), ("Organisation", "hiow-icb"), ("Roles", HarbourRoles.FirstResponder)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await HtmlDocument.ParseAsync(response);
        Assert.StartsWith("Only staff of a First Responder Organisation can be first responders", Assert.Single(document.ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal("#Roles", document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("input#Roles"));
        Assert.False(await factory.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == "ali.nurse@nhs.net")));
    }

    [Fact]
    public async Task Invite_NothingEntered_AsksForEveryAnswer()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);

        var response = await Forms.PostAsync(factory.CreateClientAs(admin), "/admin/users/invite", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Enter the user's full name", "Enter the user's email address", "Select the user's organisation", "Select at least one role"],
            (await HtmlDocument.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task ChangeRoles_TakesEffectAndIsAudited()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var target = await factory.CreateUserAsync(HarbourRoles.Referrer);
        var client = factory.CreateClientAs(admin);

        var response = await Forms.PostAsync(client, $"/admin/users/{target.Id}",
            [("Roles", HarbourRoles.SafeguardingLead), ("Roles", HarbourRoles.PoliceAnalyst)], $"/admin/users/{target.Id}?handler=Roles");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var roles = await factory.WithDatabaseAsync(db => db.UserRoles.Where(r => r.UserId == target.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToListAsync());
        Assert.Equal([HarbourRoles.PoliceAnalyst, HarbourRoles.SafeguardingLead], roles);
        var audit = await factory.WithDatabaseAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "user.roles-changed" && e.EntityId == target.Id.ToString()));
        Assert.Equal(admin.Id, audit.UserId);
        Assert.Contains(HarbourRoles.Referrer, audit.Before, StringComparison.Ordinal);
        Assert.Contains(HarbourRoles.PoliceAnalyst, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeRoles_NoneSelected_ShowsErrorAndKeepsTheRoles()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var target = await factory.CreateUserAsync(HarbourRoles.Referrer);

        var response = await Forms.PostAsync(factory.CreateClientAs(admin), $"/admin/users/{target.Id}", [], $"/admin/users/{target.Id}?handler=Roles");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Select at least one role"], (await HtmlDocument.ParseAsync(response)).ErrorSummary());
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.UserRoles.CountAsync(r => r.UserId == target.Id)));
    }

    [Fact]
    public async Task Deactivate_EndsTheirAccessAndIsAudited()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var target = await factory.CreateUserAsync(HarbourRoles.SafeguardingLead);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClientAs(target).GetAsync("/account")).StatusCode);

        var response = await Forms.PostAsync(factory.CreateClientAs(admin), $"/admin/users/{target.Id}", [], $"/admin/users/{target.Id}?handler=Deactivate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == target.Id).Select(u => u.IsActive).SingleAsync()));
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "user.deactivated" && e.EntityId == target.Id.ToString())));
        var signIn = await Forms.PostAsync(factory.CreateClient(), "/account/sign-in", [("Email", target.Email), ("Password", target.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
    }

    [Fact]
    public async Task Deactivate_Yourself_IsRefused()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);

        var response = await Forms.PostAsync(factory.CreateClientAs(admin), $"/admin/users/{admin.Id}", [], $"/admin/users/{admin.Id}?handler=Deactivate");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You cannot deactivate your own account"], (await HtmlDocument.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task ResetTwoFactor_MakesThemSetItUpAgain()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var target = await factory.CreateUserAsync(HarbourRoles.Referrer);

        await Forms.PostAsync(factory.CreateClientAs(admin), $"/admin/users/{target.Id}", [], $"/admin/users/{target.Id}?handler=ResetTwoFactor");

        var signIn = await Forms.PostAsync(factory.CreateClient(), "/account/sign-in", [("Email", target.Email), ("Password", target.Password)]);
        Assert.StartsWith("/account/two-factor/set-up", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "user.two-factor-reset" && e.EntityId == target.Id.ToString())));
    }

    [Fact]
    public async Task UserPage_Read_IsAudited()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var target = await factory.CreateUserAsync(HarbourRoles.Referrer);

        await factory.CreateClientAs(admin).GetAsync($"/admin/users/{target.Id}");

        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "user.read" && e.EntityId == target.Id.ToString() && e.UserId == admin.Id)));
    }

    [Fact]
    public async Task UsersList_FiltersByOrganisationAndRole()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var analyst = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PoliceAnalyst], "nca");
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "nca");

        var document = await HtmlDocument.ParseAsync(await factory.CreateClientAs(admin).GetAsync($"/admin/users?Organisation=nca&Role={Uri.EscapeDataString(HarbourRoles.PoliceAnalyst)}"));

        var text = document.QuerySelector("table")!.TextContent;
        Assert.Contains(analyst.DisplayName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(lead.DisplayName, text, StringComparison.Ordinal);
    }
}
