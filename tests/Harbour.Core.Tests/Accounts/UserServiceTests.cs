using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.Accounts;

public sealed class UserServiceTests
{
    private static readonly AuditActor Administrator = new(Guid.NewGuid(), Guid.NewGuid(), "198.51.100.7");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 14, 0, 0, TimeSpan.Zero));

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task AddUser_ValidRequest_CreatesUserRolesInvitationAndAuditEvent(DatabaseProvider provider)
    {
        await using var database = await SeededDatabaseAsync(provider);

        var invited = await AddAsync(database, new NewUser("Sam.Lead@Portsmouth.gov.uk", "Sam Lead", "portsmouth-city-council", ["safeguarding lead", "First responder"]));

        Assert.Equal([HarbourRoles.SafeguardingLead, HarbourRoles.FirstResponder], invited.Roles);
        Assert.Equal(time.GetUtcNow().UtcDateTime.AddDays(7), invited.ExpiresAt);
        await using var db = database.CreateContext();
        var user = await db.Users.Include(u => u.Organisation).SingleAsync();
        Assert.Equal("SAM.LEAD@PORTSMOUTH.GOV.UK", user.NormalizedEmail);
        Assert.Equal("portsmouth-city-council", user.Organisation!.Code);
        Assert.Null(user.PasswordHash);
        Assert.Equal(2, await db.UserRoles.CountAsync(r => r.UserId == user.Id));
        var invitation = await db.UserInvitations.SingleAsync();
        Assert.Equal(UserService.HashToken(invited.InvitationToken), invitation.TokenHash);
        Assert.DoesNotContain(invited.InvitationToken, invitation.TokenHash, StringComparison.Ordinal);
        var created = await db.AuditEvents.SingleAsync(e => e.Action == "user.created");
        Assert.Equal(user.Id.ToString(), created.EntityId);
        Assert.Equal(Administrator.UserId, created.UserId);
        Assert.Contains("Safeguarding lead", created.After, StringComparison.Ordinal);
        Assert.DoesNotContain(invited.InvitationToken, created.After, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task AddUser_FirstResponderOutsideAFirstResponderOrganisation_IsRefusedAndSavesNothing(DatabaseProvider provider)
    {
        await using var database = await SeededDatabaseAsync(provider);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            AddAsync(database, new NewUser("nurse@nhs.net", "Alex Nurse", "hiow-icb", [HarbourRoles.FirstResponder])));

        Assert.StartsWith("Only staff of a First Responder Organisation can be first responders", error.Errors["Roles"], StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.Action == "user.created"));
    }

    [SkippableFact]
    public async Task AddUser_BadFields_ReportsEachInGovukStyle()
    {
        await using var database = await SeededDatabaseAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            AddAsync(database, new NewUser("not-an-email", " ", "atlantis-council", ["Wizard"])));

        Assert.Equal("Enter an email address in the correct format, like name@example.org", error.Errors["Email"]);
        Assert.Equal("Enter the user's full name", error.Errors["DisplayName"]);
        Assert.Equal("Select an organisation from the list", error.Errors["Organisation"]);
        Assert.Equal("There is no role called Wizard", error.Errors["Roles"]);
    }

    [SkippableFact]
    public async Task AddUser_EmailAlreadyUsedInAnyCase_IsRefused()
    {
        await using var database = await SeededDatabaseAsync(DatabaseProvider.Sqlite);
        await AddAsync(database, new NewUser("analyst@police.uk", "Ana Lyst", "hiow-constabulary", [HarbourRoles.PoliceAnalyst]));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            AddAsync(database, new NewUser("ANALYST@police.uk", "Someone Else", "hiow-constabulary", [HarbourRoles.Referrer])));

        Assert.Equal("A user with this email address already exists", error.Errors["Email"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task ListUsers_FilteredByOrganisationAndRole_ReturnsOnlyMatches(DatabaseProvider provider)
    {
        await using var database = await SeededDatabaseAsync(provider);
        await AddAsync(database, new NewUser("a@police.uk", "Ann Analyst", "hiow-constabulary", [HarbourRoles.PoliceAnalyst]));
        await AddAsync(database, new NewUser("b@police.uk", "Ben Referrer", "hiow-constabulary", [HarbourRoles.Referrer]));
        await AddAsync(database, new NewUser("c@southampton.gov.uk", "Cat Coordinator", "southampton-city-council", [HarbourRoles.Referrer, HarbourRoles.PreventLead]));
        await using var db = database.CreateContext();
        var service = new UserService(db, time, new AuditLog(db, time));

        var police = await service.ListUsersAsync("hiow-constabulary");
        var referrers = await service.ListUsersAsync(role: "referrer");

        Assert.Equal(["Ann Analyst", "Ben Referrer"], police.Select(u => u.DisplayName));
        Assert.Equal(["Ben Referrer", "Cat Coordinator"], referrers.Select(u => u.DisplayName));
        Assert.Equal([HarbourRoles.Referrer, HarbourRoles.PreventLead], referrers[1].Roles);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task RemovingTheLastAdministrator_IsRefused(DatabaseProvider provider)
    {
        await using var database = await SeededDatabaseAsync(provider);
        var only = await AddAsync(database, new NewUser("admin@hants.gov.uk", "Ada Admin", "hampshire-county-council", [HarbourRoles.Administrator]));
        await using var db = database.CreateContext();
        var service = new UserService(db, time, new AuditLog(db, time));

        var roles = await Assert.ThrowsAsync<ValidationFailedException>(() => service.ChangeRolesAsync(only.User.Id, [HarbourRoles.Referrer], null, Administrator));
        var deactivate = await Assert.ThrowsAsync<ValidationFailedException>(() => service.SetActiveAsync(only.User.Id, false, null, Administrator));

        Assert.StartsWith("Harbour must keep at least one administrator", roles.Errors["Roles"], StringComparison.Ordinal);
        Assert.StartsWith("Harbour must keep at least one active administrator", deactivate.Errors["IsActive"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Reinvite_OldLinkStopsWorkingNewOneWorks()
    {
        await using var database = await SeededDatabaseAsync(DatabaseProvider.Sqlite);
        var first = await AddAsync(database, new NewUser("lead@hants.gov.uk", "Lee Lead", "hampshire-county-council", [HarbourRoles.SafeguardingLead]));
        await using var db = database.CreateContext();

        var second = await new UserService(db, time, new AuditLog(db, time)).ReinviteAsync(first.User.Id, Administrator);

        var invitations = new InvitationService(db, time, new AuditLog(db, time), new Microsoft.AspNetCore.Identity.PasswordHasher<HarbourUser>());
        Assert.Null(await invitations.FindInvitedUserAsync(first.InvitationToken));
        Assert.NotNull(await invitations.FindInvitedUserAsync(second.InvitationToken));
    }

    [SkippableFact]
    public async Task Invitation_ExpiresAfterSevenDays()
    {
        await using var database = await SeededDatabaseAsync(DatabaseProvider.Sqlite);
        var invited = await AddAsync(database, new NewUser("lead@hants.gov.uk", "Lee Lead", "hampshire-county-council", [HarbourRoles.SafeguardingLead]));
        await using var db = database.CreateContext();
        var invitations = new InvitationService(db, time, new AuditLog(db, time), new Microsoft.AspNetCore.Identity.PasswordHasher<HarbourUser>());

        time.Advance(TimeSpan.FromDays(7));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            invitations.AcceptAsync(invited.InvitationToken, "marble heron lantern fjord", "marble heron lantern fjord", Administrator));
        Assert.StartsWith("This invitation link has expired", error.Errors["Token"], StringComparison.Ordinal);
    }

    private async Task<InvitedUser> AddAsync(TestDatabase database, NewUser user)
    {
        await using var db = database.CreateContext();
        return await new UserService(db, time, new AuditLog(db, time)).AddUserAsync(user, Administrator);
    }

    private async Task<TestDatabase> SeededDatabaseAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);
        return database;
    }
}
