using System.Net;
using Harbour.Core.Accounts;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Web.Tests.Admin;

/// <summary>Every administration page: administrators get it, every other role gets 403.</summary>
public sealed class AdminAccessTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    private static readonly string[] Administrators = [HarbourRoles.Administrator];

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/invite")]
    [InlineData("/admin/organisations")]
    [InlineData("/admin/organisations/add")]
    [InlineData("/admin/api-clients")]
    [InlineData("/admin/api-clients/new")]
    [InlineData("/admin/outbox")]
    [InlineData("/admin/audit")]
    public async Task AdminPage_OnlyAdministrators(string path) =>
        await RoleMatrix.AssertAsync(factory, path, Administrators);

    [Fact]
    public async Task UserPage_OnlyAdministrators()
    {
        var someone = await factory.CreateUserAsync(HarbourRoles.Referrer);

        await RoleMatrix.AssertAsync(factory, $"/admin/users/{someone.Id}", Administrators);
    }

    [Fact]
    public async Task OrganisationPage_OnlyAdministrators()
    {
        var id = await factory.WithDatabaseAsync(db => db.Organisations.Where(o => o.Code == "nca").Select(o => o.Id).SingleAsync());

        await RoleMatrix.AssertAsync(factory, $"/admin/organisations/{id}", Administrators);
    }

    [Fact]
    public async Task OutboxMessage_MissingForAdministrators_ForbiddenForOthers() =>
        await RoleMatrix.AssertAsync(factory, $"/admin/outbox/{Guid.NewGuid()}", Administrators, HttpStatusCode.NotFound);

    [Fact]
    public async Task YourAccount_EveryRole() =>
        await RoleMatrix.AssertAsync(factory, "/account", HarbourRoles.All);

    [Fact]
    public async Task UserPage_UnknownUser_IsNotFound()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);

        var response = await factory.CreateClientAs(admin).GetAsync($"/admin/users/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AdminPost_NonAdministrator_IsForbiddenAndChangesNothing()
    {
        var referrer = await factory.CreateUserAsync(HarbourRoles.Referrer);
        var target = await factory.CreateUserAsync(HarbourRoles.Referrer);
        var client = factory.CreateClientAs(referrer);
        var token = await Forms.AntiforgeryAsync(client, "/account");

        var response = await client.PostAsync($"/admin/users/{target.Id}?handler=Deactivate", Forms.Form(token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == target.Id).Select(u => u.IsActive).SingleAsync()));
    }
}
