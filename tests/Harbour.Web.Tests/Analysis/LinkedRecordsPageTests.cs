using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Core.Linking;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Web.Tests.Analysis;

public sealed class LinkedRecordsPageTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task EveryAnalysisPage_OpenToPoliceAnalysts_AndDoesNotExistForAnyOtherRole()
    {
        var (matchId, entityId) = await PossibleMatchAsync("Matrix");
        string[] paths = ["/analysis", "/analysis?q=Matrix", "/analysis/matches", $"/analysis/matches/{matchId}", "/analysis/hotspots", $"/analysis/entities/{entityId}"];
        var failures = new List<string>();
        foreach (var role in HarbourRoles.All)
        {
            using var client = factory.CreateClientAs(await factory.CreateUserAsync(role));
            foreach (var path in paths)
            {
                var expected = role == HarbourRoles.PoliceAnalyst ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                var status = (await client.GetAsync(path)).StatusCode;
                if (status != expected)
                {
                    failures.Add($"{role} {path}: expected {(int)expected}, got {(int)status}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
        var outsider = factory.CreateClientAs(await factory.CreateUserAsync(HarbourRoles.SafeguardingLead));
        var post = await Forms.PostAsync(outsider, "/concerns", [("Decision", "same"), ("Reason", "Guess")], $"/analysis/matches/{matchId}");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Post_DecisionWithoutAReason_ShowsTheErrorAndSavesNothing()
    {
        var (matchId, _) = await PossibleMatchAsync("Vasquez");
        var client = factory.CreateClientAs(await factory.CreateUserAsync(HarbourRoles.PoliceAnalyst));

        var response = await Forms.PostAsync(client, $"/analysis/matches/{matchId}", [("Decision", "same"), ("Reason", " ")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter why you decided this"], (await HtmlDocument.ParseAsync(response)).ErrorSummary());
        Assert.Equal(MatchStatus.AwaitingReview, await factory.WithDatabaseAsync(db => db.PersonMatches.Where(m => m.Id == matchId).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Post_SamePerson_LinksTheirRecords_IsAudited_AndLeavesTheQueue()
    {
        var (matchId, _) = await PossibleMatchAsync("Okonkwo");
        var analyst = await factory.CreateUserAsync(HarbourRoles.PoliceAnalyst);
        var client = factory.CreateClientAs(analyst);
        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/analysis/matches/{matchId}"));
        Assert.Contains("Why the engine scored them so", page.Text());
        Assert.NotNull(page.QuerySelector("#match-probability"));

        var response = await Forms.PostAsync(client, $"/analysis/matches/{matchId}", [("Decision", "same"), ("Reason", "Same passport number in both records")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (status, people, audited) = await factory.WithDatabaseAsync(async db =>
        {
            var match = await db.PersonMatches.SingleAsync(m => m.Id == matchId);
            var entities = await db.EntityMentions.Where(m => m.Id == match.MentionId || m.Id == match.OtherMentionId).Select(m => m.EntityId).Distinct().CountAsync();
            var events = await db.AuditEvents.CountAsync(e => e.EntityId == matchId.ToString() && e.UserId == analyst.Id);
            return (match.Status, entities, events);
        });
        Assert.Equal((MatchStatus.Same, 1, 3), (status, people, audited)); // viewed twice (the page, then the form), then confirmed
        var queue = await HtmlDocument.ParseAsync(await client.GetAsync("/analysis/matches"));
        Assert.Null(queue.QuerySelector($"a[href='/analysis/matches/{matchId}']"));
    }

    /// <summary>
    /// Privacy first: a referrer of another organisation is told who may know the person and how to reach them,
    /// and nothing that the first organisation recorded.
    /// </summary>
    [Fact]
    public async Task CheckAnswers_PersonKnownToAnotherOrganisation_NamesTheOrganisationAndNothingOfItsRecord()
    {
        var known = await TestConcerns.SubmitAsync(factory.Services, "hiow-constabulary", Person("Liridona", "Berisha"), "portsmouth", c =>
        {
            c.WhatHappened = "SECRET-NARRATIVE: works nights at the nail bar on Elm Row.";
            c.Person.Address = "SECRET-ADDRESS 3 Elm Row";
            c.Person.Aliases = ["SECRET-ALIAS"];
            c.OtherPeopleKnown = true;
            c.OtherPeople = [new InvolvedPerson { Id = Guid.NewGuid(), Role = InvolvementRole.SuspectedExploiter, Name = "SECRET-EXPLOITER Dervishi", Phone = "07700 900321" }];
        });
        await TestConcerns.LinkAsync(factory.Services);
        var portsmouthLead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "portsmouth-city-council", email: $"lead-{Guid.NewGuid():N}@portsmouth.example.org");

        var referrer = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "uhs-nhs");
        var client = factory.CreateClientAs(referrer);
        var draft = await DraftAsync(client, Person("Liridona", "Berisha"));
        var response = await client.GetAsync($"/concerns/{draft}/check-answers");
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocument.ParseAsync(response);

        var hint = page.QuerySelector("#known-elsewhere")?.TextContent ?? "";
        Assert.Contains("Hampshire and Isle of Wight Constabulary", hint);
        Assert.Contains("Portsmouth City Council", hint);
        Assert.Contains(portsmouthLead.Email, hint);
        foreach (var secret in new[] { "SECRET", known.Reference!, "Elm Row", "Dervishi", "07700 900321", "nail bar" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        }

        // Someone else entirely is not said to be known.
        var other = await DraftAsync(client, Person("Teodor", "Marinescu"));
        Assert.Null((await HtmlDocument.ParseAsync(await client.GetAsync($"/concerns/{other}/check-answers"))).QuerySelector("#known-elsewhere"));
    }

    [Fact]
    public async Task Triage_LeadSeesWhoMayKnowThePerson()
    {
        await TestConcerns.SubmitAsync(factory.Services, "uhs-nhs", Person("Mirela", "Dumitru"), "portsmouth");
        var concern = await TestConcerns.SubmitAsync(factory.Services, "hiow-constabulary", Person("Mirela", "Dumitru"), "southampton");
        await TestConcerns.LinkAsync(factory.Services);
        var lead = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.SafeguardingLead], "southampton-city-council");

        var page = await HtmlDocument.ParseAsync(await factory.CreateClientAs(lead).GetAsync($"/triage/{concern.Id}"));

        var hint = page.QuerySelector("#known-elsewhere")?.TextContent ?? "";
        Assert.Contains("University Hospital Southampton NHS Foundation Trust", hint);
        Assert.Contains("Portsmouth City Council", hint);
        Assert.DoesNotContain("Southampton City Council (your organisation)", hint); // its own concern does not count
    }

    private static PersonAtRisk Person(string given, string family) => new()
    {
        GivenNames = given, FamilyName = family, DateOfBirth = new DateOnly(1996, 7, 21), Gender = "Female", Nationality = "AL", AgeGroup = AgeGroup.Adult,
    };

    /// <summary>Two records of one name, and nothing else in common but the nationality: a possible match for review.</summary>
    private async Task<(Guid MatchId, Guid EntityId)> PossibleMatchAsync(string family)
    {
        await TestConcerns.SubmitAsync(factory.Services, "hiow-constabulary", new PersonAtRisk { GivenNames = "Ana", FamilyName = family, AgeGroup = AgeGroup.Adult });
        await TestConcerns.SubmitAsync(factory.Services, "uhs-nhs", new PersonAtRisk { GivenNames = "Ana", FamilyName = family, AgeGroup = AgeGroup.Adult, Nationality = "RO" }, "portsmouth");
        await TestConcerns.LinkAsync(factory.Services);
        return await factory.WithDatabaseAsync(async db =>
        {
            var match = await (
                    from m in db.PersonMatches
                    join a in db.EntityMentions on m.MentionId equals a.Id
                    where m.Status == MatchStatus.AwaitingReview && a.Value == "Ana " + family
                    select new { m.Id, a.EntityId })
                .SingleAsync();
            return (match.Id, match.EntityId);
        });
    }

    /// <summary>A draft concern raised through the pages' own journey, ready for check answers.</summary>
    private async Task<Guid> DraftAsync(HttpClient client, PersonAtRisk person)
    {
        var started = await Forms.PostAsync(client, "/concerns", []);
        var id = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[2]);
        await factory.WithDatabaseAsync(async db =>
        {
            var concern = await db.Concerns.SingleAsync(c => c.Id == id);
            concern.IsModernSlavery = true;
            concern.Person = person;
            await db.SaveChangesAsync();
            return 0;
        });
        return id;
    }
}
