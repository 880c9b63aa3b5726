using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Intelligence.Submit;

public sealed class TextModel(IntelligenceService intelligence) : IntelligenceQuestionModel(intelligence)
{
    [BindProperty]
    public string? Text { get; set; }

    public override string PreviousUrl => $"/intelligence/submit/{Id}/case";

    protected override void Load(IntelligenceReport draft) => Text = draft.Text;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Intelligence.SaveTextAsync(Id, Text, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Continue("grading");
    }
}
