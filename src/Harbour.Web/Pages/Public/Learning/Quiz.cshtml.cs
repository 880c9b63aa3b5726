using Harbour.Core.Learning;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public.Learning;

/// <summary>
/// The module's quiz, in a fresh order for each attempt. Every question must be answered; the result explains each
/// wrong answer, and a pass (80% or more) gives a certificate. A signed-in member of staff's pass counts for their
/// organisation.
/// </summary>
public sealed class QuizModel(LearningContent content, LearningService learning) : PageModel
{
    [BindProperty]
    public Guid Attempt { get; set; }

    [BindProperty]
    public string? LearnerName { get; set; }

    public LearningModule Module { get; private set; } = null!;

    public IReadOnlyList<QuizQuestion> Questions { get; private set; } = [];

    public QuizResult? Result { get; private set; }

    public LearningCompletion? Certificate { get; private set; }

    public string? Answer(string question) => Request.HasFormContentType ? Request.Form[$"q-{question}"].FirstOrDefault() : null;

    public IActionResult OnGet(string module)
    {
        if (content.Module(module) is not { } found)
        {
            return NotFound();
        }

        Module = found;
        Attempt = Guid.NewGuid();
        Questions = Quiz.Order(found, Attempt);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string module)
    {
        if (content.Module(module) is not { } found)
        {
            return NotFound();
        }

        Module = found;
        Questions = Quiz.Order(found, Attempt == Guid.Empty ? Guid.NewGuid() : Attempt);
        var answers = found.Questions.ToDictionary(q => q.Code, q => Answer(q.Code));
        for (var i = 0; i < Questions.Count; i++)
        {
            var question = Questions[i];
            if (answers[question.Code] is not { } answer || question.Options.All(o => o.Code != answer))
            {
                ModelState.AddModelError($"q-{question.Code}", $"Select an answer to question {i + 1}");
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var signedIn = User.HasClaim(HarbourClaims.AuthenticationMethod, "mfa");
        (Result, Certificate) = await learning.SubmitAsync(found, answers, LearnerName, signedIn ? User.Scope() : null, HttpContext.Actor(), HttpContext.RequestAborted);
        return Page();
    }
}
