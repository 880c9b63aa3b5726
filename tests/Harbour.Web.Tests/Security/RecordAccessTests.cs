using System.Security.Claims;
using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Testing;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Web.Tests.Security;

/// <summary>The need-to-know handler every record page uses, with break glass, through ASP.NET Core authorization.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class RecordAccessTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private readonly HarbourWebFactory factory;

    public RecordAccessTests() => factory = new HarbourWebFactory { Time = time };

    private sealed record Record(Guid OwnerOrganisationId, RecordSensitivity Sensitivity, Guid? RaisedByUserId = null, params Guid[] SharedWith) : IScopedRecord
    {
        public string RecordType => "Case";

        public Guid Id { get; } = Guid.NewGuid();

        public IReadOnlyCollection<Guid> SharedWithOrganisationIds => SharedWith;
    }

    [Fact]
    public async Task OwnOrganisationsCase_SafeguardingLead_CanOpen()
    {
        var lead = await factory.CreateUserAsync(HarbourRoles.SafeguardingLead);

        Assert.True(await CanOpenAsync(lead, new Record(lead.OrganisationId, RecordSensitivity.Safeguarding)));
    }

    [Fact]
    public async Task AnotherOrganisationsCase_NotShared_CannotOpen()
    {
        var lead = await factory.CreateUserAsync(HarbourRoles.SafeguardingLead);

        Assert.False(await CanOpenAsync(lead, new Record(Guid.NewGuid(), RecordSensitivity.Safeguarding)));
    }

    [Fact]
    public async Task AnotherOrganisationsCase_SharedWithMine_CanOpen()
    {
        var lead = await factory.CreateUserAsync(HarbourRoles.SafeguardingLead);

        Assert.True(await CanOpenAsync(lead, new Record(Guid.NewGuid(), RecordSensitivity.Safeguarding, null, lead.OrganisationId)));
    }

    [Fact]
    public async Task PreventCase_OnlyPreventRoles()
    {
        var lead = await factory.CreateUserAsync(HarbourRoles.SafeguardingLead);
        var prevent = await factory.CreateUserAsync(HarbourRoles.PreventLead);

        Assert.False(await CanOpenAsync(lead, new Record(lead.OrganisationId, RecordSensitivity.Prevent)));
        Assert.True(await CanOpenAsync(prevent, new Record(prevent.OrganisationId, RecordSensitivity.Prevent)));
    }

    [Fact]
    public async Task Intelligence_OnlyPoliceAnalysts()
    {
        var lead = await factory.CreateUserAsync(HarbourRoles.SafeguardingLead);
        var analyst = await factory.CreateUserAsync(HarbourRoles.PoliceAnalyst);

        Assert.False(await CanOpenAsync(lead, new Record(lead.OrganisationId, RecordSensitivity.Intelligence)));
        Assert.True(await CanOpenAsync(analyst, new Record(analyst.OrganisationId, RecordSensitivity.Intelligence)));
    }

    [Fact]
    public async Task Referrer_SeesWhatTheyRaisedAndNothingElseOfTheirOrganisation()
    {
        var referrer = await factory.CreateUserAsync(HarbourRoles.Referrer);

        Assert.True(await CanOpenAsync(referrer, new Record(referrer.OrganisationId, RecordSensitivity.Safeguarding, referrer.Id)));
        Assert.False(await CanOpenAsync(referrer, new Record(referrer.OrganisationId, RecordSensitivity.Safeguarding, Guid.NewGuid())));
    }

    [Fact]
    public async Task Administrator_HasNoCaseAccessByRole()
    {
        var admin = await factory.CreateUserAsync(HarbourRoles.Administrator);

        Assert.False(await CanOpenAsync(admin, new Record(admin.OrganisationId, RecordSensitivity.Safeguarding)));
    }

    [Fact]
    public async Task BreakGlass_OpensForFourHours_IsAuditedAndTellsTheOwner()
    {
        var lead = await factory.CreateUserAsync(HarbourRoles.SafeguardingLead);
        var owner = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "portsmouth-city-council");
        var record = new Record(owner.OrganisationId, RecordSensitivity.Safeguarding);
        Assert.False(await CanOpenAsync(lead, record));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var principal = await PrincipalAsync(scope.ServiceProvider, lead);
            await scope.ServiceProvider.GetRequiredService<BreakGlassService>().GrantAsync(principal.Scope(), record,
                "Child reported missing overnight; police need the last known address", new AuditActor(lead.Id, lead.OrganisationId, "192.0.2.1"));
        }

        Assert.True(await CanOpenAsync(lead, record));
        var audit = await factory.WithDatabaseAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "break-glass.granted"));
        Assert.Equal(record.Id.ToString(), audit.EntityId);
        Assert.StartsWith("Child reported missing", audit.Reason, StringComparison.Ordinal);
        var email = Assert.Single(Directory.GetFiles(factory.OutboxDirectory, "*.json"));
        var text = await File.ReadAllTextAsync(email);
        Assert.Contains(owner.Email, text, StringComparison.Ordinal);
        Assert.Contains("break glass", text, StringComparison.Ordinal);

        time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromSeconds(1));
        Assert.False(await CanOpenAsync(lead, record));
    }

    [Fact]
    public async Task BreakGlass_WithoutAReason_IsRefused()
    {
        var lead = await factory.CreateUserAsync(HarbourRoles.SafeguardingLead);
        await using var scope = factory.Services.CreateAsyncScope();
        var principal = await PrincipalAsync(scope.ServiceProvider, lead);

        var error = await Assert.ThrowsAsync<Harbour.Core.ValidationFailedException>(() =>
            scope.ServiceProvider.GetRequiredService<BreakGlassService>().GrantAsync(principal.Scope(), new Record(Guid.NewGuid(), RecordSensitivity.Safeguarding), "  ", AuditActor.System));

        Assert.Equal("Enter why you need to open this record", error.Errors["Reason"]);
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.BreakGlassGrants.CountAsync()));
    }

    public Task InitializeAsync()
    {
        _ = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<bool> CanOpenAsync(TestUser user, IScopedRecord record)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var principal = await PrincipalAsync(scope.ServiceProvider, user);
        return await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().CanOpenAsync(principal, record);
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, TestUser user)
    {
        var manager = services.GetRequiredService<UserManager<HarbourUser>>();
        var harbourUser = await manager.FindByIdAsync(user.Id.ToString());
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<HarbourUser>>().CreateAsync(harbourUser!);
    }
}
