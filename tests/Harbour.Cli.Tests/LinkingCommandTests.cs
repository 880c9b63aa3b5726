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

        var ran = await LinkingCommand.RunAsync(app.CreateDbContext, new LinkingOptions(), output, new StringWriter());
        var again = await LinkingCommand.RunAsync(app.CreateDbContext, new LinkingOptions(), output, new StringWriter());
        var relinked = await app.WithDatabaseAsync(db => LinkingCommand.RelinkAsync(db, new LinkingOptions(), output, new StringWriter()));

        Assert.Equal((0, 0, 0), (ran, again, relinked));
        Assert.Equal(
            [
                "Linked 2 concerns and 0 people added to cases. 1 pair of people linked automatically; 0 pairs for analysts to review.",
                "Nothing to link.",
                "Scored 2 mentions of people in 1 candidate pair: 1 linked automatically, 0 for analysts to review, 0 analysts' decisions kept. 1 distinct person.",
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
        Assert.Equal("The review threshold (0.7) must be lower than the automatic link threshold (0.6). Both must be between 0 and 1.", error.ToString().Trim());
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Action == "linking.people-relinked")));
    }

    [SkippableFact]
    public async Task Run_WithAnAutomaticThresholdAboveTheirScore_SendsThePairToReview()
    {
        await using var app = new HarbourWebFactory();
        await TestConcerns.SubmitAsync(app.Services, "hiow-constabulary", Ana("Ana", "Popescu"));
        await TestConcerns.SubmitAsync(app.Services, "uhs-nhs", Ana("Anna", "POPESCU", withDateOfBirthAndPhone: false));
        var output = new StringWriter();

        var exitCode = await LinkingCommand.RunAsync(app.CreateDbContext, LinkingCommand.Options(autoLink: 0.99, review: 0.01), output, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Equal("Linked 2 concerns and 0 people added to cases. 0 pairs of people linked automatically; 1 pair for analysts to review.", output.ToString().Trim());
    }

    private static PersonAtRisk Ana(string given, string family, bool withDateOfBirthAndPhone = true) => new()
    {
        GivenNames = given, FamilyName = family, AgeGroup = AgeGroup.Adult, Gender = "Female", Nationality = "RO",
        DateOfBirth = withDateOfBirthAndPhone ? new DateOnly(1999, 3, 4) : null,
        Phone = withDateOfBirthAndPhone ? "+447700900982" : null,
    };
}
