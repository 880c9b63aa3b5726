using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Web.Tests.Admin;

public sealed class AuditSearchTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task Search_ByRecord_ShowsOnlyThatRecordsEventsAndIsItselfAudited()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var record = Guid.NewGuid().ToString();
        await RecordAsync(new AuditActor(admin.Id, admin.OrganisationId, "203.0.113.9"), "case.read", record, "Checking the referral");
        await RecordAsync(AuditActor.System, "case.read", Guid.NewGuid().ToString(), "Someone else's");

        var document = await HtmlDocument.ParseAsync(await factory.CreateClientAs(admin).GetAsync($"/admin/audit?record={record}"));

        var rows = document.QuerySelectorAll("tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("Checking the referral", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(admin.DisplayName, row.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "audit.searched" && e.UserId == admin.Id && e.Reason == $"record {record}")));
    }

    [Fact]
    public async Task Search_ByUserAndAction_Filters()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var other = await factory.CreateUserAsync(HarbourRoles.Referrer);
        await RecordAsync(new AuditActor(other.Id, other.OrganisationId, null), "concern.created", Guid.NewGuid().ToString(), "first");
        await RecordAsync(new AuditActor(other.Id, other.OrganisationId, null), "concern.read", Guid.NewGuid().ToString(), "second");

        var document = await HtmlDocument.ParseAsync(await factory.CreateClientAs(admin).GetAsync($"/admin/audit?user={Uri.EscapeDataString(other.Email)}&action=concern.created"));

        Assert.Contains("first", Assert.Single(document.QuerySelectorAll("tbody tr")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ImpossibleDate_ShowsGovukError()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);

        var response = await factory.CreateClientAs(admin).GetAsync("/admin/audit?from=31/2/2026");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the 'from' date as a real date, like 31/3/2026"], (await HtmlDocument.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Csv_ExportsMatchingEventsWithFormulasNeutralised()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);
        var record = Guid.NewGuid().ToString();
        await RecordAsync(new AuditActor(admin.Id, admin.OrganisationId, null), "case.read", record, "=HYPERLINK(\"http://evil.example\")");

        var response = await factory.CreateClientAs(admin).GetAsync($"/admin/audit?handler=csv&record={record}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sequence,OccurredAt,UserEmail", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains(admin.Email, lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "audit.exported" && e.UserId == admin.Id)));
    }

    private async Task RecordAsync(AuditActor actor, string action, string entityId, string reason)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        audit.Record(actor, action, "Case", entityId, reason);
        await scope.ServiceProvider.GetRequiredService<HarbourDbContext>().SaveChangesAsync();
    }
}
