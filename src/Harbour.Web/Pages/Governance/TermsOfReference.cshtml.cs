using FluentValidation;
using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>The annual review of the terms of reference: the agreed text becomes the next version.</summary>
public sealed class TermsOfReferenceModel(StrategyService strategy) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? AgreedOnDay { get; set; }

    [BindProperty]
    public string? AgreedOnMonth { get; set; }

    [BindProperty]
    public string? AgreedOnYear { get; set; }

    [BindProperty]
    public string? ReviewDueOnDay { get; set; }

    [BindProperty]
    public string? ReviewDueOnMonth { get; set; }

    [BindProperty]
    public string? ReviewDueOnYear { get; set; }

    public IReadOnlyList<TermsOfReference> History { get; private set; } = [];

    public async Task OnGetAsync()
    {
        History = await strategy.TermsHistoryAsync(HttpContext.RequestAborted);
        Text = History.Count > 0 ? History[0].Text : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var terms = await strategy.RecordTermsAsync(new TermsOfReferenceEdit(Text, DateInput.Parse(AgreedOnDay, AgreedOnMonth, AgreedOnYear),
            DateInput.Parse(ReviewDueOnDay, ReviewDueOnMonth, ReviewDueOnYear)), User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = $"Terms of reference version {terms.Version} recorded";
        return Redirect("/partnership");
    }
}

public sealed class TermsOfReferenceModelValidator : AbstractValidator<TermsOfReferenceModel>
{
    public TermsOfReferenceModelValidator()
    {
        RuleFor(m => m).Must(m => DateInput.Parse(m.AgreedOnDay, m.AgreedOnMonth, m.AgreedOnYear) is not null || DateInput.IsBlank(m.AgreedOnDay, m.AgreedOnMonth, m.AgreedOnYear))
            .OverridePropertyName("AgreedOn").WithMessage("The date they were agreed must be a real date");
        RuleFor(m => m).Must(m => DateInput.Parse(m.ReviewDueOnDay, m.ReviewDueOnMonth, m.ReviewDueOnYear) is not null || DateInput.IsBlank(m.ReviewDueOnDay, m.ReviewDueOnMonth, m.ReviewDueOnYear))
            .OverridePropertyName("ReviewDueOn").WithMessage("The review date must be a real date");
    }
}
