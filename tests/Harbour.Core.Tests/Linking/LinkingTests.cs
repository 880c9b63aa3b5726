using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Linking;
using Harbour.Core.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Tests.Linking;

public sealed class LinkingTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task SamePersonReportedByTwoAgencies_IsLinkedAutomatically_WithTheirPhoneAndVehicle(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var police = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var nhs = await world.UserAsync("uhs-nhs", HarbourRoles.Referrer);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        await world.SubmittedConcernAsync(police, c => c.Person = Ana("Ana", "Popescu", "07700 900982"));
        await world.SubmittedConcernAsync(nhs, c => c.Person = Ana("Anna", "POPESCU", "+44 7700 900982"));
        await world.SubmittedConcernAsync(nhs, c =>
        {
            c.Person = new PersonAtRisk { GivenNames = "Tran", FamilyName = "Van Minh", DateOfBirth = new DateOnly(2008, 1, 9), AgeGroup = AgeGroup.Child, Gender = "Male", Nationality = "VN" };
            c.OtherPeople = [];
        });

        var linking = Linking(world, new PersonIndex(new LinkingOptions()), out var db);
        await using (db)
        {
            var run = await linking.LinkPendingAsync();
            Assert.Equal(3, run.Concerns);
            Assert.Equal(0, (await linking.LinkPendingAsync()).Concerns);

            var people = await db.EntityMentions.Where(m => m.Kind == EntityKind.Person && m.Role == MentionRole.PersonAtRisk).ToListAsync();
            Assert.Equal(2, people.Select(m => m.EntityId).Distinct().Count());
            var ana = people.Where(m => m.Value.Contains("Popescu", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(2, ana.Count);
            Assert.Single(ana.Select(m => m.EntityId).Distinct());
            var anaIds = ana.Select(m => m.Id).ToList();
            Assert.Single(await db.PersonMatches.Where(m => m.Status == MatchStatus.LinkedAutomatically && anaIds.Contains(m.MentionId) && anaIds.Contains(m.OtherMentionId)).ToListAsync());

            // Both concerns name one phone (in two formats) and one vehicle; Marius is a suspected exploiter in each.
            var phones = await db.EntityMentions.Where(m => m.Kind == EntityKind.Phone).ToListAsync();
            Assert.Equal(2, phones.Count);
            Assert.Single(phones.Select(m => m.EntityId).Distinct());
            Assert.Single(await db.LinkedEntities.Where(e => e.Kind == EntityKind.Vehicle).ToListAsync());
            Assert.Equal(3, await db.AuditEvents.CountAsync(e => e.Action == "linking.concern-linked"));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => linking.ReviewQueueAsync(police));
            Assert.Empty(await linking.ReviewQueueAsync(analyst));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task PossibleMatch_WaitsForReview_AndTheAnalystsDecisionSurvivesARerun(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var police = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var charity = await world.UserAsync("hampshire-county-council", HarbourRoles.Referrer);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        // The same name, nothing else in common: possible, not certain.
        await world.SubmittedConcernAsync(police, c => { c.Person = new PersonAtRisk { GivenNames = "Ana", FamilyName = "Popescu", AgeGroup = AgeGroup.Adult }; c.OtherPeople = []; });
        await world.SubmittedConcernAsync(charity, c => { c.Person = new PersonAtRisk { GivenNames = "Ana", FamilyName = "Popescu", AgeGroup = AgeGroup.Adult, Nationality = "RO" }; c.OtherPeople = []; });
        var options = new LinkingOptions { ReviewProbability = 0.001, AutoLinkProbability = 0.999999 };
        var index = new PersonIndex(options);

        var linking = Linking(world, index, out var db, options);
        await using (db)
        {
            await linking.LinkPendingAsync();
            var queue = await linking.ReviewQueueAsync(analyst);
            var item = Assert.Single(queue);
            Assert.InRange(item.Probability, options.ReviewProbability, options.AutoLinkProbability);
            Assert.Equal(2, await PeopleAtRiskAsync(db));

            var review = await linking.GetMatchAsync(item.MatchId, analyst, ConcernWorld.Actor(analyst));
            Assert.Contains(review.Match.Explanation, f => f.Field == "Given name" && f.Weight > 0);
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "linking.match-viewed"));

            var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => linking.DecideAsync(item.MatchId, same: false, " ", analyst, ConcernWorld.Actor(analyst)));
            Assert.Equal("Enter why you decided this", refused.Errors["Reason"]);
            await linking.DecideAsync(item.MatchId, same: false, "Different dates of entry to the UK in the two records", analyst, ConcernWorld.Actor(analyst));
            Assert.Empty(await linking.ReviewQueueAsync(analyst));

            // A re-run with thresholds that would now link them automatically still keeps them apart.
            var eager = new LinkingOptions { ReviewProbability = 0.0001, AutoLinkProbability = 0.001 };
            var rerun = await Linking(world, new PersonIndex(eager), out var db2, eager).RelinkPeopleAsync(AuditActor.System);
            await using (db2)
            {
                Assert.Equal(1, rerun.DecisionsKept);
                Assert.Equal(2, await PeopleAtRiskAsync(db2));
            }

            await linking.UndoDecisionAsync(item.MatchId, "Recorded against the wrong pair", analyst, ConcernWorld.Actor(analyst));
            Assert.Single(await linking.ReviewQueueAsync(analyst));
            await linking.DecideAsync(item.MatchId, same: true, "Same passport number in both records", analyst, ConcernWorld.Actor(analyst));
            Assert.Equal(1, await PeopleAtRiskAsync(db));

            var again = await Linking(world, new PersonIndex(options), out var db3, options).RelinkPeopleAsync(AuditActor.System);
            await using (db3)
            {
                Assert.Equal(1, again.DecisionsKept);
                Assert.Equal(1, await PeopleAtRiskAsync(db3));
            }

            var decisions = await db.AuditEvents.Where(e => e.Action.StartsWith("linking.match-") || e.Action == "linking.decision-undone").Select(e => e.Action).ToListAsync();
            Assert.Equal(["linking.match-viewed", "linking.match-rejected", "linking.decision-undone", "linking.match-confirmed"], decisions);
            Assert.True((await new AuditChainVerifier(db).VerifyAsync()).IsIntact);
        }
    }

    [SkippableFact]
    public async Task IncrementalAndBatchLinking_GroupPeopleTheSameWay()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        PersonAtRisk[] people =
        [
            Ana("Ana", "Popescu", "07700 900982"),
            Ana("Anna", "Popescu", "07700900982"),
            Ana("Popescu", "Ana", null), // given and family names swapped
            new() { GivenNames = "Mohammed", FamilyName = "Abdelrahman", DateOfBirth = new DateOnly(1999, 5, 14), Gender = "Male", Nationality = "SD", Phone = "07700 900111", AgeGroup = AgeGroup.Adult },
            new() { GivenNames = "Mohamed", FamilyName = "Abdelrahman", DateOfBirth = new DateOnly(1999, 5, 14), Gender = "Male", Nationality = "SD", AgeGroup = AgeGroup.Adult },
            new() { GivenNames = "Dritan", FamilyName = "Hoxha", DateOfBirth = new DateOnly(2001, 11, 3), Gender = "Male", Nationality = "AL", AgeGroup = AgeGroup.Adult },
            new() { GivenNames = "Tran", FamilyName = "Van Minh", DateOfBirth = new DateOnly(2008, 1, 9), Gender = "Male", Nationality = "VN", AgeGroup = AgeGroup.Child },
        ];
        foreach (var person in people)
        {
            await world.SubmittedConcernAsync(referrer, c => { c.Person = person; c.OtherPeople = []; });
        }

        var linking = Linking(world, new PersonIndex(new LinkingOptions()), out var db);
        await using (db)
        {
            await linking.LinkPendingAsync();
            var incremental = await PartitionAsync(db);
            Assert.Equal(4, incremental.Count);

            await Linking(world, new PersonIndex(new LinkingOptions()), out var db2).RelinkPeopleAsync(AuditActor.System);
            await using (db2)
            {
                Assert.Equal(incremental, await PartitionAsync(db2));
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Hotspots_RankPlacesLinkedToThreeOrMorePeopleInTwelveMonths_AndTheNetworkReachesThem(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var police = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var nhs = await world.UserAsync("uhs-nhs", HarbourRoles.Referrer);
        var council = await world.UserAsync("portsmouth-city-council", HarbourRoles.Referrer);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);

        var portsmouth = await AreaAsync(world, "portsmouth");
        Task Report(UserScope referrer, PersonAtRisk person, Guid? area = null) => world.SubmittedConcernAsync(referrer, c =>
        {
            c.Person = person;
            c.OtherPeople = [];
            c.AreaId = area ?? c.AreaId;
        });

        // Long ago: does not count towards a hotspot now.
        await Report(police, Person("Old", "Visitor", "12 Dock Road", "SO14 3AB", "07700 900500"));
        world.Time.Advance(TimeSpan.FromDays(400));
        await Report(police, Person("Elira", "Krasniqi", "12 Dock Road", "SO14 3AB", "07700 900500"));
        await Report(nhs, Person("Hoa", "Nguyen", "12 Dock Rd", "so14 3ab", "07700 900500"));
        await Report(council, Person("Bogdan", "Ionescu", "12, Dock Road", "SO143AB", null));
        await Report(council, Person("Amanuel", "Tesfay", "12 Dock Road", "SO14 3AB", "07700 900777"));
        await Report(nhs, Person("Saba", "Haile", "4 Mill Lane", "PO1 2CD", "07700 900777"), portsmouth);
        await Report(nhs, Person("Yonas", "Tekle", "9 Mill Lane", "PO1 2CD", "07700 900777"), portsmouth);

        var index = new PersonIndex(new LinkingOptions());
        var linking = Linking(world, index, out var db);
        await using (db)
        {
            await linking.LinkPendingAsync();
            var networks = new NetworkService(db, world.Time, new AuditLog(db, world.Time), new LinkingOptions());
            var hotspots = await networks.HotspotsAsync(analyst, ConcernWorld.Actor(analyst));

            // 07700 900500 links three people, but one of them was reported more than twelve months ago.
            Assert.Equal(["12 Dock Road, SO14 3AB", "07700 900777"], hotspots.Ranked.Select(h => h.Label));
            var dock = hotspots.Ranked[0];
            Assert.Equal((4, 3, 4), (dock.PeopleAtRisk, dock.Organisations, dock.Concerns));
            Assert.Equal(3, hotspots.Ranked[1].PeopleAtRisk);
            Assert.Equal(["Portsmouth", "Southampton"], hotspots.ByArea.Select(a => a.Area).Order());
            await Assert.ThrowsAsync<KeyNotFoundException>(() => networks.HotspotsAsync(lead, ConcernWorld.Actor(lead)));

            var network = await networks.NetworkAsync(dock.EntityId, analyst, ConcernWorld.Actor(analyst), steps: 1);
            Assert.Equal(5, network.Entities.Count(e => e.Kind == EntityKind.Person && e.Steps == 1)); // the network has no time limit
            Assert.Equal(5, network.Records.Count);
            var wider = await networks.NetworkAsync(dock.EntityId, analyst, ConcernWorld.Actor(analyst), steps: 3);
            Assert.Contains(wider.Entities, e => e.Label == "Saba Haile" && e.Steps == 2); // through the shared phone
            Assert.Contains(wider.Entities, e => e.Label == "Old Visitor");
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "linking.network-viewed"));
        }
    }

    [SkippableFact]
    public async Task KnownElsewhere_NamesTheOrganisationsAndTheirLeads_AndNothingOfTheirRecords()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var police = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var portsmouthLead = await world.UserAsync("portsmouth-city-council", HarbourRoles.SafeguardingLead);
        var nhs = await world.UserAsync("uhs-nhs", HarbourRoles.Referrer);
        var portsmouth = await AreaAsync(world, "portsmouth");
        await world.SubmittedConcernAsync(police, c => { c.Person = Ana("Ana", "Popescu", "07700 900982"); c.AreaId = portsmouth; });
        var (concernDb, concerns, _) = world.Services();
        await using (concernDb)
        {
            var draft = await concerns.StartDraftAsync(nhs, ConcernWorld.Actor(nhs));
            draft.IsModernSlavery = true;
            draft.Person = Ana("Anna", "Popescu", "07700 900982");

            var linking = Linking(world, new PersonIndex(new LinkingOptions()), out var db);
            await using (db)
            {
                Assert.Empty(await linking.KnownElsewhereAsync(draft, nhs, ConcernWorld.Actor(nhs))); // nothing linked yet
                await linking.LinkPendingAsync();
                var known = await linking.KnownElsewhereAsync(draft, nhs, ConcernWorld.Actor(nhs));

                Assert.Equal(["Hampshire and Isle of Wight Constabulary", "Portsmouth City Council"], known.Select(k => k.Organisation).Order());
                var leadEmail = (await db.Users.SingleAsync(u => u.Id == portsmouthLead.UserId)).Email!;
                Assert.Equal([leadEmail], known.Single(k => k.Organisation == "Portsmouth City Council").ContactEmails);
                Assert.DoesNotContain(known, k => k.IsYours);
                Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "linking.known-elsewhere-shown"));
            }
        }
    }

    [SkippableFact]
    public async Task ADeploymentWithEnoughPeople_TrainsItsOwnModel_WithTheAnalystsDecisionsAsLabels()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        string[] given = ["Ana", "Elira", "Hoa", "Bogdan", "Amanuel", "Saba", "Yonas", "Dritan", "Mirela", "Tran"];
        string[] family = ["Popescu", "Krasniqi", "Nguyen", "Ionescu", "Tesfay", "Haile", "Tekle", "Hoxha", "Dumitru", "Van Minh"];
        for (int i = 0; i < given.Length; i++)
        {
            var born = new DateOnly(1990 + i, 1 + i, 10 + i);
            await world.SubmittedConcernAsync(referrer, c => { c.Person = new PersonAtRisk { GivenNames = given[i], FamilyName = family[i], DateOfBirth = born, AgeGroup = AgeGroup.Adult }; c.OtherPeople = []; });
            await world.SubmittedConcernAsync(referrer, c => { c.Person = new PersonAtRisk { GivenNames = given[i], FamilyName = family[i], AgeGroup = AgeGroup.Adult }; c.OtherPeople = []; });
        }

        var options = new LinkingOptions { TrainFrom = 10, ReviewProbability = 0.01 };
        var linking = Linking(world, new PersonIndex(options), out var db, options);
        await using (db)
        {
            await linking.LinkPendingAsync();
            var queue = await linking.ReviewQueueAsync(analyst);
            Assert.NotEmpty(queue);
            await linking.DecideAsync(queue[0].MatchId, same: true, "Same National Insurance number", analyst, ConcernWorld.Actor(analyst));

            var retrained = new PersonIndex(options);
            var index = await retrained.CurrentAsync(db, CancellationToken.None);
            Assert.Single(index.Decisions);
            Assert.True(index.Decisions[0].Same);
            Assert.NotNull(retrained.Model);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task APersonAddedToACaseLater_IsLinkedToo(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var police = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var lead = await world.UserAsync("southampton-city-council", HarbourRoles.SafeguardingLead);
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        var concern = await world.SubmittedConcernAsync(police, c => c.OtherPeople = []);
        await world.SubmittedConcernAsync(police, c =>
        {
            c.Person = new PersonAtRisk { GivenNames = "Hoa", FamilyName = "Nguyen", AgeGroup = AgeGroup.Adult };
            c.OtherPeople = [new InvolvedPerson { Id = Guid.NewGuid(), Role = InvolvementRole.SuspectedExploiter, Name = "Viktor Balan", Phone = "07700 900444" }];
        });
        var linking = Linking(world, new PersonIndex(new LinkingOptions()), out var db);
        await using (db)
        {
            await linking.LinkPendingAsync();
            var (concernDb, concerns, cases) = world.Services();
            await using (concernDb)
            {
                var decided = await concerns.DecideAsync(concern.Id, new TriageRequest(TriageDecision.OpenCase, "Open", null), lead, ConcernWorld.Actor(lead));
                var reference = await concerns.CaseReferenceAsync(decided.CaseId!.Value);
                await cases.AddPersonAsync(reference, CasePersonRole.SuspectedExploiter,
                    new PersonAtRisk { GivenNames = "Viktor", FamilyName = "Balan", Phone = "+447700900444" }, lead, ConcernWorld.Actor(lead));
            }

            var run = await linking.LinkPendingAsync();
            Assert.Equal(2, run.Mentions); // Viktor and his phone; Ana, copied onto the case from the concern, is not linked again
            Assert.Equal(0, (await linking.LinkPendingAsync()).Concerns);

            var phone = await db.LinkedEntities.SingleAsync(e => e.Kind == EntityKind.Phone && e.Key == "+447700900444");
            Assert.Equal(2, await db.EntityMentions.CountAsync(m => m.EntityId == phone.Id));
            var viktor = await db.EntityMentions.Where(m => m.Value == "Viktor Balan").Select(m => m.EntityId).Distinct().ToListAsync();
            Assert.Single(viktor); // the same man in the other agency's concern and on this case
            var networks = new NetworkService(db, world.Time, new AuditLog(db, world.Time), new LinkingOptions());
            var network = await networks.NetworkAsync(phone.Id, analyst, ConcernWorld.Actor(analyst), steps: 1);
            Assert.Contains(network.Entities, e => e.Label == "Ana Popescu");
            Assert.Contains(network.Entities, e => e.Label == "Hoa Nguyen");
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "linking.case-person-linked"));
        }
    }

    [Fact]
    public void Grouping_NeverJoinsTwoPeopleAnAnalystSaidAreDifferent_EvenThroughAChain()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();
        PersonMatch Link(Guid x, Guid y, MatchStatus status, double p) => new() { Id = Guid.NewGuid(), MentionId = x, OtherMentionId = y, Status = status, Probability = p };

        var groups = PersonGrouping.Group([a, b, c, d],
        [
            Link(a, b, MatchStatus.LinkedAutomatically, 0.99),
            Link(b, c, MatchStatus.LinkedAutomatically, 0.97), // the bridge
            Link(c, d, MatchStatus.Same, 0.6),
            Link(a, d, MatchStatus.NotSame, 0.7),
        ]);

        Assert.Equal(groups[c], groups[d]); // decisions first
        Assert.Equal(groups[a], groups[b]);
        Assert.NotEqual(groups[a], groups[d]); // the bridge b–c would join a to d, whom an analyst kept apart
    }

    private static LinkingService Linking(ConcernWorld world, PersonIndex index, out HarbourDbContext db, LinkingOptions? options = null)
    {
        db = world.Database.CreateContext();
        return new LinkingService(db, world.Time, new AuditLog(db, world.Time), index, options ?? new LinkingOptions());
    }

    private static PersonAtRisk Ana(string given, string family, string? phone) => new()
    {
        GivenNames = given, FamilyName = family, DateOfBirth = new DateOnly(1994, 3, 2), Gender = "Female", Nationality = "RO", AgeGroup = AgeGroup.Adult,
        Phone = phone is null ? null : Identifiers.Phone(phone),
    };

    private static PersonAtRisk Person(string given, string family, string address, string postcode, string? phone) => new()
    {
        GivenNames = given, FamilyName = family, AgeGroup = AgeGroup.Adult, Address = address, Postcode = postcode, Phone = phone,
    };

    private static async Task<Guid> AreaAsync(ConcernWorld world, string code)
    {
        await using var db = world.Database.CreateContext();
        return await db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    private static Task<int> PeopleAtRiskAsync(HarbourDbContext db) =>
        db.EntityMentions.Where(m => m.Kind == EntityKind.Person && m.Role == MentionRole.PersonAtRisk).Select(m => m.EntityId).Distinct().CountAsync();

    /// <summary>The groups of people at risk as sets of concern ids, independent of entity ids.</summary>
    private static async Task<List<string>> PartitionAsync(HarbourDbContext db) =>
        (await db.EntityMentions.Where(m => m.Kind == EntityKind.Person && m.Role == MentionRole.PersonAtRisk).ToListAsync())
            .GroupBy(m => m.EntityId)
            .Select(g => string.Join(",", g.Select(m => m.ConcernId).Order()))
            .Order(StringComparer.Ordinal)
            .ToList();
}
