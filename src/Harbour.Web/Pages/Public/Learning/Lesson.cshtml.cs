using Harbour.Core.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public.Learning;

public sealed class LessonModel(LearningContent content) : PageModel
{
    public LearningModule Module { get; private set; } = null!;

    public Lesson Lesson { get; private set; } = null!;

    public int Number { get; private set; }

    public IActionResult OnGet(string module, string lesson)
    {
        if (content.Module(module) is not { } found || found.Lesson(lesson) is not { } current)
        {
            return NotFound();
        }

        (Module, Lesson) = (found, current);
        Number = found.Lessons.ToList().IndexOf(current) + 1;
        return Page();
    }
}
