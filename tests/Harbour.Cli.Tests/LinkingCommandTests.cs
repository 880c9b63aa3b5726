using Harbour.Cli.Commands;
using Harbour.Core.Concerns;
using Harbour.Core.Linking;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Cli.Tests;

public sealed class LinkingCommandTests
{
    [SkippableFact]
    public async Task RunThenRelink_SamePersonFromTwoAgencies_IsOnePersonAndTheRelinkIsAudited()
    {
        await using var app = new HarbourWebFactory();
        await TestConcerns.SubmitAsync(app.Services, "hiow-constabulary", Ana("Ana", "Popescu"));
        await TestConcerns.SubmitAsync(app.Services, "uhs-nhs", Ana("Anna", "POPESCU"));
        var output = new StringWriter();

        var ran = await app.WithDatabaseAsync(db => LinkingCommand.RunAsync(db, new LinkingOptions(), output, new StringWriter()));
        var relinked = await app.WithDatabaseAsync(db => LinkingCommand.RelinkAsync(db, new LinkingOptions(), output, new StringWriter()));

        Assert.Equal((0, 0), (ran, relinked));
        Assert.Equal(
            [
                "Linked 2 concerns and case people (4 mentions of people, phones, addresses, vehicles and businesses). Pairs of people linked automatically: 1; for review: 0.",
                "Scored 2 mentions of people. Candidate pairs: 1; linked automatically: 1; for review: 0; analysts' decisions kept: 0; distinct people: 1.",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        var audited = await app.WithDatabaseAsync(db => db.AuditEvents.Where(e => e.Action == "linking.people-relinked").Select(e => e.ClientAddress).ToListAsync());
        Assert.Equal(["harbour-cli"], audited);
    }

    [SkippableFact]
    public async Task Relink_ReviewThresholdAboveAutoLink_ExitsTwoAndChangesNothing()
    {
        await using var app = new HarbourWebFactory();
        var error = new StringWriter();

        var exitCode = await app.WithDatabaseAsync(db => LinkingCommand.RelinkAsync(db, LinkingCommand.Options(autoLink: 0.6, review: 0.7), new StringWriter(), error));

        Assert.Equal(2, exitCode);
        Assert.Equal("--review (0.7) must be between 0 and 1 and below --auto-link (0.6), which must be at most 1.", error.ToString().Trim());
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Action == "linking.people-relinked")));
    }

    private static PersonAtRisk Ana(string given, string family) => new()
    {
        GivenNames = given, FamilyName = family, DateOfBirth = new DateOnly(1999, 3, 4), AgeGroup = AgeGroup.Adult, Gender = "Female", Nationality = "RO",
        Phone = "+447700900982",
    };
}
