using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.Documents;
using Harbour.Core.Governance;
using Harbour.Core.Learning;
using Harbour.Core.Statistics;
using Harbour.Core.Tests.Concerns;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Harbour.Core.Tests.Governance;

public sealed class AnnualReportTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    static AnnualReportTests() => PdfFonts.Use(Path.Combine(RepositoryPaths.Root, "src", "Harbour.Web", "node_modules", "dejavu-fonts-ttf", "ttf"));

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Report_DeliveryMeetingsAndTraining_EqualCountsOfTheRecords(DatabaseProvider provider)
    {
        await using var world = await ConcernWorld.CreateAsync(provider);
        var coordinator = await world.UserAsync("hiow-opcc", HarbourRoles.PartnershipCoordinator);
        await using var db = world.Database.CreateContext();
        var audit = new AuditLog(db, world.Time);
        var plan = new ActionPlanService(db, world.Time, audit);
        var actor = ConcernWorld.Actor(coordinator);
        // 24 November 2026: one done, one open and not yet due, one past due, one reported red, one under objective 4.
        var done = await plan.AddAsync(PartnershipGroup.Partnership, await GovernanceTests.EditAsync(db, "hiow-opcc", new DateOnly(2026, 12, 31), "Done"), coordinator, actor);
        await plan.RecordUpdateAsync(done.Id, new ActionUpdateEdit("Delivered", Rag.Green, true), coordinator, actor);
        await plan.AddAsync(PartnershipGroup.Partnership, await GovernanceTests.EditAsync(db, "hiow-opcc", new DateOnly(2027, 3, 31), "Not yet due"), coordinator, actor);
        await plan.AddAsync(PartnershipGroup.Partnership, await GovernanceTests.EditAsync(db, "hiow-opcc", new DateOnly(2026, 10, 31), "Past due"), coordinator, actor);
        var red = await plan.AddAsync(PartnershipGroup.Partnership, await GovernanceTests.EditAsync(db, "hiow-opcc", new DateOnly(2027, 1, 31), "Reported red"), coordinator, actor);
        await plan.RecordUpdateAsync(red.Id, new ActionUpdateEdit("Funding withdrawn", Rag.Red, false), coordinator, actor);
        var pursue = (await GovernanceTests.EditAsync(db, "hiow-opcc", new DateOnly(2027, 1, 31), "Objective four")) with
        {
            ObjectiveId = await db.StrategicObjectives.Where(o => o.Number == 4).Select(o => o.Id).SingleAsync(),
        };
        await plan.AddAsync(PartnershipGroup.Partnership, pursue, coordinator, actor);
        var meetings = new MeetingService(db, world.Time, audit, world.Attachments);
        await meetings.ScheduleAsync(PartnershipGroup.Partnership, new MeetingEdit(new DateOnly(2026, 3, 12), "Winchester", "OPCC"), coordinator, actor);
        await meetings.ScheduleAsync(PartnershipGroup.Partnership, new MeetingEdit(new DateOnly(2026, 9, 10), "Portsmouth", "OPCC"), coordinator, actor);
        await meetings.ScheduleAsync(PartnershipGroup.Partnership, new MeetingEdit(new DateOnly(2026, 12, 10), "Winchester", "OPCC"), coordinator, actor); // not yet held
        await meetings.ScheduleAsync(PartnershipGroup.Pursue, new MeetingEdit(new DateOnly(2026, 6, 1), "Eastleigh", "Police"), await PursueMemberAsync(world, db, coordinator), actor);
        var southampton = await db.Organisations.Where(o => o.Code == "southampton-city-council").Select(o => o.Id).SingleAsync();
        for (var i = 0; i < 3; i++)
        {
            db.LearningCompletions.Add(Completion("modern-slavery", "Modern slavery", southampton, new DateTime(2026, 2 + i, 1, 9, 0, 0, DateTimeKind.Utc)));
        }

        db.LearningCompletions.Add(Completion("prevent", "Prevent", null, new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc)));
        db.LearningCompletions.Add(Completion("prevent", "Prevent", null, new DateTime(2025, 5, 1, 9, 0, 0, DateTimeKind.Utc))); // another year
        await db.SaveChangesAsync();

        var report = await new AnnualReportService(db, world.Time, new LearningService(db, world.Time, audit), new StatisticsService(db, world.Time, audit)).BuildAsync(2026);

        var text = Blocks(report).OfType<ReportParagraph>().Select(p => p.Text).ToList();
        Assert.Contains("5 actions were in the action plan during the year: 1 completed, 2 on track and 2 late.", text);
        Assert.Contains("The partnership met twice: 12 March 2026, 10 September 2026.", text);
        Assert.Contains("4 eLearning modules were completed, with the quiz passed, in the year.", text);
        var byObjective = Blocks(report).OfType<ReportTable>().Single(t => t.Caption == "Actions by strategic objective");
        Assert.Equal(["1. Raise awareness of modern slavery", "4", "1", "1", "2"], byObjective.Rows[0]);
        Assert.Equal(["4. Pursue perpetrators of modern slavery", "1", "0", "1", "0"], byObjective.Rows[3]);
        var byModule = Blocks(report).OfType<ReportChart>().Single(c => c.Title == "eLearning completions by module");
        Assert.Equal([new ReportBar("Modern slavery", 3), new ReportBar("Prevent", 1)], byModule.Bars);
        Assert.Contains("12 organisations were members", string.Join(" ", text), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Report_RecordFigures_EqualIndependentCountsOfSeededRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero));
        await using var db = database.CreateContext();
        var audit = new AuditLog(db, time);
        await new Harbour.Core.ReferenceData.ReferenceDataLoader(db, time, audit).LoadAsync(RepositoryPaths.ReferenceData);
        var seeded = await StatisticsSeed.SeedAsync(db, 300, 2025);

        var report = await new AnnualReportService(db, time, new LearningService(db, time, audit), new StatisticsService(db, time, audit)).BuildAsync(2025);

        var concerns = seeded.Concerns.Where(c => c.SubmittedAt?.Year == 2025).ToList();
        var charts = Blocks(report).OfType<ReportChart>().ToDictionary(c => c.Title);
        int Bar(string chart, string label) => charts[chart].Bars.Single(b => b.Label == label).Value;
        Assert.Equal(concerns.Count(c => c.IsModernSlavery && !c.IsPrevent), Bar("Concerns by type", "Modern slavery"));
        Assert.Equal(concerns.Count(c => c.IsPrevent && !c.IsModernSlavery), Bar("Concerns by type", "Prevent"));
        Assert.Equal(concerns.Count, charts["Concerns by area"].Bars.Sum(b => b.Value));
        Assert.Equal(concerns.Count(c => c.EffectiveAgeGroup == Harbour.Core.Concerns.AgeGroup.Child), Bar("Concerns by age group", "Child"));
        var nrm = seeded.Pathways.Count(p => p.Kind == Harbour.Core.Pathways.PathwayKind.NationalReferralMechanism && p.Nrm!.SubmittedOn?.Year == 2025);
        Assert.Contains($"made {nrm:N0} National Referral Mechanism referrals", string.Join(" ", Blocks(report).OfType<ReportParagraph>().Select(p => p.Text)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Pdf_OpensWithItsHeadings_AndWord_OpensWithHeadingStyles()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = world.Database.CreateContext();
        var report = await new AnnualReportService(db, world.Time, new LearningService(db, world.Time, new AuditLog(db, world.Time)), new StatisticsService(db, world.Time, new AuditLog(db, world.Time))).BuildAsync(2026);

        using (var pdf = PdfDocument.Open(ReportPdf.Render(report)))
        {
            var words = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.Contains("Delivery against the strategy", words, StringComparison.Ordinal);
            Assert.Contains("The partnership", words, StringComparison.Ordinal);
            Assert.Contains("Training", words, StringComparison.Ordinal);
            Assert.Contains($"Page 1 of {pdf.NumberOfPages}", words, StringComparison.Ordinal);
        }

        using var stream = new MemoryStream(ReportWord.Render(report));
        using var word = WordprocessingDocument.Open(stream, false);
        var headings = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["The partnership", "Delivery against the strategy", "What Harbour's records show", "Training"], headings);
        var byObjective = word.MainDocumentPart.Document.Body.Elements<Table>().First();
        Assert.Equal(["Objective", "Actions", "Completed", "On track", "Late"], byObjective.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(5, byObjective.Elements<TableRow>().Count()); // the header and the four objectives
    }

    [Fact]
    public void Word_DrawsEachBarAsAShadedCellInProportion_AboveItsDataTable()
    {
        var report = new ReportDocument("Report", "For testing", [new ReportSection("Figures", [new ReportChart("Concerns by area", "Number", [new("Southampton", 40), new("Portsmouth", 10)])])]);

        using var stream = new MemoryStream(ReportWord.Render(report));
        using var word = WordprocessingDocument.Open(stream, false);

        var tables = word.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        var bars = tables[0].Descendants<TableCell>().Where(c => c.TableCellProperties?.Shading?.Fill?.Value == "1D70B8")
            .Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([5000, 1250], bars);
        Assert.Equal("Southampton40Portsmouth10", string.Concat(tables[1].Elements<TableRow>().Skip(1).Select(r => r.InnerText)));
    }

    [Theory]
    [InlineData(2026, 12, 31, DeliveryStatus.OnTrack)]
    [InlineData(2026, 11, 1, DeliveryStatus.Late)]
    public void StatusAt_JudgesOpenActionsByDueDate(int year, int month, int day, DeliveryStatus expected)
    {
        var action = new PlanAction { Title = "x", OwnerName = "y", DueOn = new DateOnly(year, month, day) };
        Assert.Equal(expected, AnnualReportService.StatusAt(action, null, new DateOnly(2026, 11, 24)));
    }

    private static IEnumerable<ReportBlock> Blocks(ReportDocument report) => report.Sections.SelectMany(s => s.Blocks);

    private static LearningCompletion Completion(string code, string title, Guid? organisation, DateTime at) => new()
    {
        Id = Guid.NewGuid(), ModuleCode = code, ModuleTitle = title, OrganisationId = organisation, ScorePercent = 90, CompletedAt = at,
        VerificationCode = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
    };

    private static async Task<Access.UserScope> PursueMemberAsync(ConcernWorld world, HarbourDbContext db, Access.UserScope coordinator)
    {
        var analyst = await world.UserAsync("hiow-constabulary", HarbourRoles.PoliceAnalyst);
        var email = await db.Users.Where(u => u.Id == analyst.UserId).Select(u => u.Email).SingleAsync();
        await new MembershipService(db, world.Time, new AuditLog(db, world.Time)).AddPursueMemberAsync(email, coordinator, ConcernWorld.Actor(coordinator));
        return analyst;
    }
}
