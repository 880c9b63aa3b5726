using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.Concerns;

/// <summary>A seeded database, a clock, and users of named organisations, for concern and case tests.</summary>
public sealed class ConcernWorld : IAsyncDisposable
{
    private ConcernWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public AttachmentStore Attachments { get; } = new(Path.Combine(Path.GetTempPath(), $"harbour-attachments-{Guid.NewGuid():N}"));

    /// <summary>Tuesday 24 November 2026, 10:00 UTC.</summary>
    /// <remarks>Each reading moves the clock on a millisecond, so events keep their order.</remarks>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public static async Task<ConcernWorld> CreateAsync(DatabaseProvider provider)
    {
        var world = new ConcernWorld(await TestDatabase.CreateMigratedAsync(provider));
        await using var db = world.Database.CreateContext();
        await new ReferenceDataLoader(db, world.Time, new AuditLog(db, world.Time)).LoadAsync(RepositoryPaths.ReferenceData);
        return world;
    }

    /// <summary>A user of an organisation holding roles (no password: services only need the scope and the address).</summary>
    public async Task<UserScope> UserAsync(string organisationCode, params string[] roles)
    {
        await using var db = Database.CreateContext();
        var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode);
        var id = Guid.NewGuid();
        db.Users.Add(new HarbourUser
        {
            Id = id, UserName = $"{id:N}@example.org", NormalizedUserName = $"{id:N}@example.org".ToUpperInvariant(), Email = $"{id:N}@example.org",
            NormalizedEmail = $"{id:N}@example.org".ToUpperInvariant(), DisplayName = $"User {id.ToString()[..6]}", OrganisationId = organisation.Id,
            SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = Time.GetUtcNow().UtcDateTime,
        });
        foreach (var role in await db.Roles.Where(r => roles.Contains(r.Name!)).ToListAsync())
        {
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<Guid> { UserId = id, RoleId = role.Id });
        }

        await db.SaveChangesAsync();
        return new UserScope(id, organisation.Id, roles.ToHashSet(StringComparer.Ordinal));
    }

    public static AuditActor Actor(UserScope user) => new(user.UserId, user.OrganisationId, "198.51.100.20");

    public (HarbourDbContext Db, ConcernService Concerns, CaseService Cases) Services()
    {
        var db = Database.CreateContext();
        var audit = new AuditLog(db, Time);
        var breakGlass = new BreakGlassService(db, Time, audit, new Notifications.NotificationService(new NullSender(), Time));
        var needToKnow = new NeedToKnow(breakGlass);
        var references = new CaseReferences(db, Time);
        var cases = new CaseService(db, Time, audit, needToKnow, references, breakGlass);
        return (db, new ConcernService(db, Time, audit, needToKnow, references, cases, Attachments), cases);
    }

    /// <summary>A complete draft about an adult in Southampton, submitted by <paramref name="referrer"/>.</summary>
    public async Task<Concern> SubmittedConcernAsync(UserScope referrer, Action<Concern>? adjust = null)
    {
        var (db, concerns, _) = Services();
        await using (db)
        {
            var draft = await concerns.StartDraftAsync(referrer, Actor(referrer));
            var southampton = await db.Areas.Where(a => a.Code == "southampton").Select(a => a.Id).SingleAsync();
            await concerns.UpdateDraftAsync(draft.Id, referrer, Actor(referrer), "all", c =>
            {
                c.IsModernSlavery = true;
                c.ImmediateDanger = false;
                c.AreaId = southampton;
                c.Person = new PersonAtRisk { GivenNames = "Ana", FamilyName = "Popescu", AgeGroup = AgeGroup.Adult, Nationality = "RO", Phone = Identifiers.Phone("07700 900982") };
                c.ExploitationTypeCodes = ["forced-labour"];
                c.WhatHappened = "Seen being driven to a car wash at 6am; looked exhausted and had no coat.";
                c.OtherPeopleKnown = true;
                c.OtherPeople = [new InvolvedPerson { Id = Guid.NewGuid(), Role = InvolvementRole.SuspectedExploiter, Name = "Marius", VehicleRegistrations = ["AB12CDE"] }];
                c.Consent = ConsentAnswer.Yes;
                adjust?.Invoke(c);
            });
            return await concerns.SubmitAsync(draft.Id, referrer, Actor(referrer));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (Directory.Exists(Attachments.Directory))
        {
            Directory.Delete(Attachments.Directory, recursive: true);
        }
    }

    private sealed class NullSender : Notifications.INotificationSender
    {
        public Task SendAsync(Notifications.EmailMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
