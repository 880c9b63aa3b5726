using Harbour.Core.Intelligence;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Intelligence.Submit;

/// <summary>Every answer with a change link, and the intelligence as the Pursue group will read it; submitting checks them all again.</summary>
public sealed class CheckAnswersModel(IntelligenceService intelligence) : IntelligenceQuestionModel(intelligence)
{
    public Redaction Preview { get; private set; } = new("", []);

    public override string PreviousUrl => Draft.CaseId is null ? Change("grading") : Change("victim-details");

    protected override void Load(IntelligenceReport draft)
    {
    }

    public string Change(string page) => $"/intelligence/submit/{Id}/{page}?returnTo=check";

    public async Task OnGetAsync() => Preview = await Intelligence.PreviewAsync(Draft, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Preview = await Intelligence.PreviewAsync(Draft, HttpContext.RequestAborted);
        var submitted = await Intelligence.SubmitAsync(Id, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        return Redirect($"/intelligence/submit/{submitted.Id}/submitted");
    }
}
