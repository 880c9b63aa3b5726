using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.SupportDirectory;
using Harbour.Testing;
using Harbour.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Web.Tests.Public;

public sealed class DirectoryEditingTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Coordinator_ChangesAServiceAndThePublicSeesIt_AndBadInputIsRefused()
    {
        var coordinator = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        var client = factory.CreateClientAs(coordinator);
        var catalogue = await factory.Services.GetRequiredService<DirectoryCache>().GetAsync();
        var hub = catalogue.Services.Single(s => s.Service.Code == "survivor-hub");
        var page = $"/directory/services/{hub.Service.Id}";
        (string, string)[] fields =
        [
            ("OrganisationId", hub.Service.OrganisationId.ToString()), ("Name", "Survivor Hub"), ("Description", "Work, education and housing for survivors, online."),
            ("Status", "Active"), ("Website", "https://survivorhub.example.org"), ("Gender", ""), ("MinimumAge", "18"), ("Areas", "national"), ("Needs", "education-and-work"),
        ];

        var bad = await Forms.PostAsync(client, page, [.. fields.Where(f => f.Item1 != "Website"), ("Website", "not a website"), ("MaximumAge", "10")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(
            ["Enter the website address in the correct format, like https://www.example.org", "Maximum age must be the same as or more than the minimum age"],
            (await HtmlDocument.ParseAsync(bad)).ErrorSummary());

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, page, fields)).StatusCode);
        var text = (await HtmlDocument.ParseAsync(await factory.CreateClient().GetAsync($"/support/{hub.Service.Id}"))).Text();
        Assert.Contains("Work, education and housing for survivors, online.", text, StringComparison.Ordinal);
        Assert.True(await factory.WithDatabaseAsync(db => Task.FromResult(db.DirectoryServices.Single(s => s.Id == hub.Service.Id).ManagedInHarbour)));
    }

    [Fact]
    public async Task Coordinator_SeesEntriesDueACheck_AndMarksOneChecked()
    {
        var coordinator = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");
        var client = factory.CreateClientAs(coordinator);
        var list = await HtmlDocument.ParseAsync(await client.GetAsync("/directory"));
        Assert.Contains("Check due", list.Text(), StringComparison.Ordinal);
        var catalogue = await factory.Services.GetRequiredService<DirectoryCache>().GetAsync();
        var stale = catalogue.Services.First(s => SupportDirectoryService.IsCheckDue(s.Service.LastCheckedOn, DateOnly.FromDateTime(DateTime.UtcNow)));

        await Forms.StepAsync(client, $"/directory/services/{stale.Service.Id}", "Checked", []);

        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), await factory.WithDatabaseAsync(db => Task.FromResult(db.DirectoryServices.Single(s => s.Id == stale.Service.Id).LastCheckedOn)));
    }

    [Fact]
    public async Task DirectoryPages_OnlyCoordinators()
    {
        await RoleMatrix.AssertAsync(factory, "/directory", [HarbourRoles.PartnershipCoordinator]);
        await RoleMatrix.AssertAsync(factory, "/directory/services/new", [HarbourRoles.PartnershipCoordinator]);
    }
}
