using System.Net;
using Harbour.Core.Accounts;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Web.Tests.Admin;

public sealed class OrganisationAdministrationTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Add_NewFirstResponderOrganisation_CanThenHaveFirstResponders()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var client = factory.CreateClientAs(admin);

        var response = await Forms.PostAsync(client, "/admin/organisations/add",
            [("Name", "Hope for Justice"), ("Type", "Charity"), ("FirstResponder", "yes"), ("Areas", "hampshire"), ("Areas", "southampton")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organisation = await factory.WithDatabaseAsync(db => db.Organisations.Include(o => o.Areas).SingleAsync(o => o.Name == "Hope for Justice"));
        Assert.Equal("hope-for-justice", organisation.Code);
        Assert.True(organisation.IsFirstResponderOrganisation);
        Assert.True(organisation.ManagedInHarbour);
        Assert.Equal(["hampshire", "southampton"], organisation.Areas.Select(a => a.Code).Order());
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "organisation.added" && e.EntityId == organisation.Id.ToString())));

        var user = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.FirstResponder], "hope-for-justice");
        Assert.NotEqual(Guid.Empty, user.Id);
    }

    [Fact]
    public async Task Edit_RemovingFirstResponderStatusWhileStaffHoldTheRole_IsRefused()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        await TestUsers.CreateAsync(factory.Services, [HarbourRoles.FirstResponder], "glaa");
        var id = await factory.WithDatabaseAsync(db => db.Organisations.Where(o => o.Code == "glaa").Select(o => o.Id).SingleAsync());

        var response = await Forms.PostAsync(factory.CreateClientAs(admin), $"/admin/organisations/{id}",
            [("Name", "Gangmasters and Labour Abuse Authority"), ("Type", "Government")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Staff of this organisation hold the First responder role", Assert.Single((await HtmlDocument.ParseAsync(response)).ErrorSummary()), StringComparison.Ordinal);
        Assert.True(await factory.WithDatabaseAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.IsFirstResponderOrganisation).SingleAsync()));
    }

    [Fact]
    public async Task Edit_Rename_IsAuditedWithBeforeAndAfter()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var id = await factory.WithDatabaseAsync(db => db.Organisations.Where(o => o.Code == "cps-wessex").Select(o => o.Id).SingleAsync());

        var response = await Forms.PostAsync(factory.CreateClientAs(admin), $"/admin/organisations/{id}",
            [("Name", "Crown Prosecution Service South East"), ("Type", "CriminalJustice")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await factory.WithDatabaseAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "organisation.updated" && e.EntityId == id.ToString()));
        Assert.Contains("Wessex", audit.Before, StringComparison.Ordinal);
        Assert.Contains("South East", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_NoAnswers_AsksForNameAndType()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);

        var response = await Forms.PostAsync(factory.CreateClientAs(admin), "/admin/organisations/add", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the organisation's name", "Select the type of organisation"], (await HtmlDocument.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Deactivate_StopsNewUsersBeingAdded()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var client = factory.CreateClientAs(admin);
        var id = await factory.WithDatabaseAsync(db => db.Organisations.Where(o => o.Code == "unseen").Select(o => o.Id).SingleAsync());

        await Forms.PostAsync(client, $"/admin/organisations/{id}", [], $"/admin/organisations/{id}?handler=Deactivate");

        Assert.False(await factory.WithDatabaseAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.IsActive).SingleAsync()));
        var invite = await Forms.PostAsync(client, "/admin/users/invite",
            [("DisplayName", "Kim"), ("Email", "kim@unseenuk.org"), ("Organisation", "unseen"), ("Roles", HarbourRoles.Referrer)]);
        Assert.Equal(HttpStatusCode.BadRequest, invite.StatusCode);
    }
}
