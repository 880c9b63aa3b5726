using System.Net;
using Harbour.Core.Accounts;
using Harbour.Core.Learning;
using Harbour.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Web.Tests.Learning;

public sealed class LearningPageTests(HarbourWebFactory factory) : IClassFixture<HarbourWebFactory>
{
    [Fact]
    public async Task EveryModuleAndLesson_IsPublic_AndUnknownOnesAre404()
    {
        var client = factory.CreateClient();
        var content = factory.Services.GetRequiredService<LearningContent>();
        Assert.Equal(2, content.Modules.Count);
        foreach (var module in content.Modules)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/learning/{module.Code}")).StatusCode);
            foreach (var lesson in module.Lessons)
            {
                var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/learning/{module.Code}/{lesson.Code}"));
                Assert.Equal(lesson.Title, page.QuerySelector("h1")!.TextContent.Trim());
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/learning/no-such-module")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/learning/prevent/no-such-lesson")).StatusCode);
    }

    [Fact]
    public async Task Quiz_UnansweredQuestionsAreErrors_APassGivesACertificateThatVerifies()
    {
        var client = factory.CreateClient();
        var module = factory.Services.GetRequiredService<LearningContent>().Module("modern-slavery")!;
        var quiz = await HtmlDocument.ParseAsync(await client.GetAsync("/learning/modern-slavery/quiz"));
        var attempt = quiz.QuerySelector("input[name=Attempt]")!.GetAttribute("value")!;
        Assert.Equal(10, quiz.QuerySelectorAll("fieldset").Length);

        var partial = await Forms.PostAsync(client, "/learning/modern-slavery/quiz", [("Attempt", attempt), ($"q-{module.Questions[0].Code}", module.Questions[0].Correct.Code)]);
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.Equal(9, (await HtmlDocument.ParseAsync(partial)).ErrorSummary().Count());

        (string, string)[] answers = [("Attempt", attempt), ("LearnerName", "Robin Public"), .. module.Questions.Select((q, i) => ($"q-{q.Code}", i == 0 ? q.Options.First(o => !o.IsCorrect).Code : q.Correct.Code))];
        var result = await HtmlDocument.ParseAsync(await Forms.PostAsync(client, "/learning/modern-slavery/quiz", answers));
        Assert.Contains("You passed", result.Text(), StringComparison.Ordinal);
        Assert.Contains(module.Questions[0].Explanation, result.Text(), StringComparison.Ordinal);
        var certificateLink = result.QuerySelectorAll("a").Single(a => a.TextContent.Contains("certificate", StringComparison.Ordinal)).GetAttribute("href")!;

        var certificate = (await HtmlDocument.ParseAsync(await client.GetAsync(certificateLink))).Text();
        Assert.Contains("Robin Public", certificate, StringComparison.Ordinal);
        var code = certificateLink.Split('/').Last();
        using var pdf = await client.GetAsync($"{certificateLink}?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..5]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/learning/certificates/AAAABBBBCCCC?handler=Pdf")).StatusCode);
        Assert.Contains("This certificate is genuine", (await HtmlDocument.ParseAsync(await client.GetAsync($"/learning/verify?Code={code}"))).Text(), StringComparison.Ordinal);
        var wrong = await client.GetAsync("/learning/verify?Code=AAAA-BBBB-CCCC");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["No certificate has that code. Check it and try again"], (await HtmlDocument.ParseAsync(wrong)).ErrorSummary());
    }

    [Fact]
    public async Task Quiz_PassedBySignedInStaff_CountsForTheirOrganisation()
    {
        var worker = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "portsmouth-city-council");
        var client = factory.CreateClientAs(worker);
        var module = factory.Services.GetRequiredService<LearningContent>().Module("prevent")!;
        var attempt = (await HtmlDocument.ParseAsync(await client.GetAsync("/learning/prevent/quiz"))).QuerySelector("input[name=Attempt]")!.GetAttribute("value")!;

        await Forms.PostAsync(client, "/learning/prevent/quiz", [("Attempt", attempt), .. module.Questions.Select(q => ($"q-{q.Code}", q.Correct.Code))]);

        Assert.True(await factory.WithDatabaseAsync(db => Task.FromResult(db.LearningCompletions.Any(c => c.UserId == worker.Id && c.OrganisationId == worker.OrganisationId))));
    }

    [Fact]
    public async Task Coordinator_SeesCompletionsByOrganisation_AndOthersAreRefused()
    {
        var worker = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.Referrer], "isle-of-wight-council");
        var client = factory.CreateClientAs(worker);
        var module = factory.Services.GetRequiredService<LearningContent>().Module("prevent")!;
        var attempt = (await HtmlDocument.ParseAsync(await client.GetAsync("/learning/prevent/quiz"))).QuerySelector("input[name=Attempt]")!.GetAttribute("value")!;
        await Forms.PostAsync(client, "/learning/prevent/quiz", [("Attempt", attempt), .. module.Questions.Select(q => ($"q-{q.Code}", q.Correct.Code))]);
        var coordinator = await TestUsers.CreateAsync(factory.Services, [HarbourRoles.PartnershipCoordinator], "hiow-opcc");

        var text = (await HtmlDocument.ParseAsync(await factory.CreateClientAs(coordinator).GetAsync("/partnership/training"))).Text();

        Assert.Contains("Isle of Wight Council", text, StringComparison.Ordinal);
        await RoleMatrix.AssertAsync(factory, "/partnership/training", [HarbourRoles.PartnershipCoordinator]);
    }
}
