using Harbour.Core.Learning;
using Harbour.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harbour.Browser.Tests.Public;

[Collection(BrowserCollection.Name)]
public sealed class LearningInBrowserTests(BrowserFixture fixture)
{
    private static readonly LearningContent Content = LearningContent.Load(Path.Combine(RepositoryPaths.Root, "content", "elearning"));

    /// <summary>A member of the public reads Module 1, passes the quiz and checks the certificate; axe on every page.</summary>
    [SkippableFact]
    public async Task Public_CompletesModernSlaveryAndVerifiesTheCertificate()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "eLearning" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "Modern slavery and human trafficking" }).ClickAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        var module = Content.Module("modern-slavery")!;
        for (var i = 0; i < module.Lessons.Count; i++)
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = module.Lessons[i].Title, Level = 1 })).ToBeVisibleAsync();
            await SignIn.CheckAsync(page, problems);
            await page.GetByRole(AriaRole.Link, new() { Name = i < module.Lessons.Count - 1 ? "Next lesson" : "Take the quiz" }).ClickAsync();
        }

        await AnswerAsync(page, module);
        await SignIn.CheckAsync(page, problems);
        await page.GetByLabel("Your name, for the certificate (optional)").FillAsync("Robin Public");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You passed" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "View and print your certificate" }).ClickAsync();
        await Expect(page.GetByText("Robin Public")).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        var code = (await page.Locator(".app-code").TextContentAsync())!.Trim();

        await page.GotoAsync("/learning/verify");
        await page.GetByLabel("Verification code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This certificate is genuine" })).ToBeVisibleAsync();
        await SignIn.CheckAsync(page, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Module 2 works without JavaScript.</summary>
    [SkippableFact]
    public async Task Public_CompletesPreventWithoutJavaScript()
    {
        await using var context = await fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/learning/prevent/quiz");
        await AnswerAsync(page, Content.Module("prevent")!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You passed" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "View and print your certificate" }).ClickAsync();
        await Expect(page.GetByText("Certificate of completion")).ToBeVisibleAsync();
    }

    /// <summary>Chooses the right option for each question, found by the question's text, whatever order the attempt shows.</summary>
    private static async Task AnswerAsync(IPage page, LearningModule module)
    {
        foreach (var question in module.Questions)
        {
            var group = page.GetByRole(AriaRole.Group).Filter(new() { HasText = question.Text });
            await group.GetByLabel(question.Correct.Text, new() { Exact = true }).CheckAsync();
        }
    }
}
