using FluentValidation;
using Harbour.Core.Governance;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>Record a strategy period and its review date; earlier periods are kept.</summary>
public sealed class StrategyModel(StrategyService strategy) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? StartsOnDay { get; set; }

    [BindProperty]
    public string? StartsOnMonth { get; set; }

    [BindProperty]
    public string? StartsOnYear { get; set; }

    [BindProperty]
    public string? EndsOnDay { get; set; }

    [BindProperty]
    public string? EndsOnMonth { get; set; }

    [BindProperty]
    public string? EndsOnYear { get; set; }

    [BindProperty]
    public string? ReviewDueOnDay { get; set; }

    [BindProperty]
    public string? ReviewDueOnMonth { get; set; }

    [BindProperty]
    public string? ReviewDueOnYear { get; set; }

    public IReadOnlyList<Strategy> Strategies { get; private set; } = [];

    public async Task OnGetAsync() => Strategies = await strategy.StrategiesAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await strategy.RecordStrategyAsync(new StrategyEdit(Title, DateInput.Parse(StartsOnDay, StartsOnMonth, StartsOnYear), DateInput.Parse(EndsOnDay, EndsOnMonth, EndsOnYear),
            DateInput.Parse(ReviewDueOnDay, ReviewDueOnMonth, ReviewDueOnYear)), User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        TempData["Success"] = "Strategy recorded";
        return Redirect("/partnership");
    }
}

public sealed class StrategyModelValidator : AbstractValidator<StrategyModel>
{
    public StrategyModelValidator()
    {
        RuleFor(m => m).Must(m => DateInput.Parse(m.StartsOnDay, m.StartsOnMonth, m.StartsOnYear) is not null || DateInput.IsBlank(m.StartsOnDay, m.StartsOnMonth, m.StartsOnYear))
            .OverridePropertyName("StartsOn").WithMessage("The start date must be a real date");
        RuleFor(m => m).Must(m => DateInput.Parse(m.EndsOnDay, m.EndsOnMonth, m.EndsOnYear) is not null || DateInput.IsBlank(m.EndsOnDay, m.EndsOnMonth, m.EndsOnYear))
            .OverridePropertyName("EndsOn").WithMessage("The end date must be a real date");
        RuleFor(m => m).Must(m => DateInput.Parse(m.ReviewDueOnDay, m.ReviewDueOnMonth, m.ReviewDueOnYear) is not null || DateInput.IsBlank(m.ReviewDueOnDay, m.ReviewDueOnMonth, m.ReviewDueOnYear))
            .OverridePropertyName("ReviewDueOn").WithMessage("The review date must be a real date");
    }
}
