using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.Learning;
using Harbour.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.Learning;

public sealed class LearningTests
{
    private static readonly LearningContent Content = LearningContent.Load(Path.Combine(RepositoryPaths.Root, "content", "elearning"));

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Fact]
    public void Content_HasBothModulesWithTheirLessonsAndQuizzes()
    {
        var slavery = Content.Module("modern-slavery")!;
        var prevent = Content.Module("prevent")!;

        Assert.Equal(5, slavery.Outcomes.Count);
        Assert.Equal(5, slavery.Lessons.Count);
        Assert.Equal("The National Referral Mechanism", slavery.Lesson("the-national-referral-mechanism")!.Title);
        Assert.Contains("<strong>5 working days</strong>", slavery.Lesson("the-national-referral-mechanism")!.Html, StringComparison.Ordinal);
        Assert.Equal(3, prevent.Lessons.Count);
        Assert.All(Content.Modules, m => Assert.Equal(80, m.PassMark));
    }

    [Theory]
    [InlineData("Hello <script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<iframe src=\"https://example.org\"></iframe><style>body{}</style>")]
    public void RenderSafe_RefusesScript(string markdown)
    {
        var html = LearningContent.RenderSafe(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(8, true)]
    [InlineData(7, false)]
    [InlineData(0, false)]
    public void Score_PassMarkIsEightyPercent(int right, bool passes)
    {
        var module = Content.Module("modern-slavery")!;
        var answers = module.Questions.Select((q, i) => (q.Code, Answer: i < right ? q.Correct.Code : q.Options.First(o => !o.IsCorrect).Code))
            .ToDictionary(x => x.Code, x => (string?)x.Answer);

        var result = Quiz.Score(module, answers);

        Assert.Equal(right * 10, result.Percent);
        Assert.Equal(passes, result.Passed);
        Assert.Equal(module.Questions.Count - right, result.Questions.Count(q => !q.IsCorrect));
    }

    [Fact]
    public void Order_IsStableForAnAttemptAndDiffersBetweenAttempts()
    {
        var module = Content.Module("modern-slavery")!;
        var attempt = Guid.NewGuid();
        var orders = Enumerable.Range(0, 20).Select(_ => string.Join(',', Quiz.Order(module, Guid.NewGuid()).Select(q => q.Code))).ToHashSet();

        Assert.Equal(Quiz.Order(module, attempt).Select(q => q.Code), Quiz.Order(module, attempt).Select(q => q.Code));
        Assert.True(orders.Count > 15);
        Assert.All(Quiz.Order(module, attempt), q => Assert.Equal(module.Questions.Single(x => x.Code == q.Code).Options.Count, q.Options.Count));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Pass_GivesACertificateThatVerifies_AndAWrongCodeDoesNot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        await using var db = database.CreateContext();
        var service = new LearningService(db, time, new AuditLog(db, time));
        var module = Content.Module("prevent")!;
        var right = module.Questions.ToDictionary(q => q.Code, q => (string?)q.Correct.Code);
        var wrong = module.Questions.ToDictionary(q => q.Code, q => (string?)null);

        var (failed, none) = await service.SubmitAsync(module, wrong, "Sam", null, AuditActor.System);
        var (passed, certificate) = await service.SubmitAsync(module, right, "Sam Carter", null, AuditActor.System);

        Assert.False(failed.Passed);
        Assert.Null(none);
        Assert.True(passed.Passed);
        var verified = await service.VerifyAsync(LearningService.Display(certificate!.VerificationCode).ToLowerInvariant());
        Assert.Equal("Sam Carter", verified!.LearnerName);
        Assert.Null(await service.VerifyAsync("AAAA-BBBB-CCCC"));
        Assert.Null(await service.VerifyAsync("nonsense"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Completions_AreCountedPerOrganisationQuarterAndModule(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 30, 10, 0, 0, TimeSpan.Zero));
        await using var db = database.CreateContext();
        await new Harbour.Core.ReferenceData.ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);
        var portsmouth = db.Organisations.Single(o => o.Code == "portsmouth-city-council").Id;
        var staff = new Harbour.Core.Access.UserScope(Guid.NewGuid(), portsmouth, new HashSet<string>());
        var service = new LearningService(db, time, new AuditLog(db, time));
        var module = Content.Module("modern-slavery")!;
        var right = module.Questions.ToDictionary(q => q.Code, q => (string?)q.Correct.Code);

        await service.SubmitAsync(module, right, null, staff, AuditActor.System);
        await service.SubmitAsync(module, right, null, staff, AuditActor.System);
        await service.SubmitAsync(module, right, "A member of the public", null, AuditActor.System);
        time.Advance(TimeSpan.FromDays(3));
        await service.SubmitAsync(module, right, null, staff, AuditActor.System);

        var counts = await service.CompletionsAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        Assert.Equal(
            [(2026, 1, "Portsmouth City Council", 2), (2026, 1, (string?)null, 1), (2026, 2, "Portsmouth City Council", 1)],
            counts.Select(c => (c.Year, c.Quarter, c.OrganisationName, c.Completions)));
    }

    [Fact]
    public void CertificatePdf_IsAOnePagePdfWithTheFontsFromNpm()
    {
        Harbour.Core.Documents.PdfFonts.Use(Path.Combine(RepositoryPaths.Root, "src", "Harbour.Web", "node_modules", "dejavu-fonts-ttf", "ttf"));
        var completion = new LearningCompletion
        {
            ModuleCode = "prevent", ModuleTitle = "Prevent", LearnerName = "Sam Carter", ScorePercent = 100,
            CompletedAt = new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc), VerificationCode = "K7QM3XWD9PTR",
        };

        var pdf = CertificatePdf.Render(completion, "https://harbour.example.org/learning/verify");

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf[..5]));
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(1, read.NumberOfPages);
        Assert.Contains("Sam Carter", read.GetPage(1).Text, StringComparison.Ordinal);
        Assert.Contains("K7QM-3XWD-9PTR", read.GetPage(1).Text, StringComparison.Ordinal);
    }
}
