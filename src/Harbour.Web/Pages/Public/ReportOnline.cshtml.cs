using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public;

/// <summary>
/// An anonymous report: what was seen, where and when, and optional contact details. It goes to the triage queue
/// of the local authority for the area. The reporter gets a reference and the helpline, and nothing about any record.
/// </summary>
public sealed class ReportOnlineModel(ConcernService concerns, ReferenceDataQueries referenceData, PublicReportThrottle throttle) : PageModel
{
    [BindProperty]
    public string? About { get; set; }

    [BindProperty]
    public string? WhatHappened { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string? WhereSeen { get; set; }

    [BindProperty]
    public string? WhenSeen { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    /// <summary>Hidden from people; bots fill it in. A filled honeypot is thanked and dropped.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public IReadOnlyList<Choice> Areas { get; private set; } = [];

    public string? Reference { get; private set; }

    public static IReadOnlyList<Choice> Topics { get; } =
    [
        new("modern-slavery", "Someone being exploited", "For example forced to work, to commit crime or for sex, or kept in a house and not allowed out"),
        new("prevent", "Someone being drawn into extremism"),
    ];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Areas = (await referenceData.GetAreasAsync()).Select(a => new Choice(a.Code, a.Name)).ToList();
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.IsNullOrEmpty(Website))
        {
            Reference = "";
            return Page();
        }

        if (!throttle.TryReport(HttpContext))
        {
            ModelState.AddModelError("", "You have sent several reports in the last hour. Call the Modern Slavery Helpline on 0800 012 1700 instead, or 999 in an emergency");
            var page = Page();
            page.StatusCode = StatusCodes.Status429TooManyRequests;
            return page;
        }

        Reference = await concerns.SubmitPublicReportAsync(
            new PublicReport(WhatHappened, Area, WhereSeen, WhenSeen, Contact, About == "prevent"), HttpContext.Actor());
        return Page();
    }
}

public sealed class ReportOnlineModelValidator : AbstractValidator<ReportOnlineModel>
{
    public ReportOnlineModelValidator()
    {
        RuleFor(m => m.About).Must(v => v is "modern-slavery" or "prevent").WithMessage("Select what you are worried about");
        RuleFor(m => m.WhatHappened).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter what you saw or heard");
        RuleFor(m => m.WhatHappened).SafeText("What you saw", 5_000);
        RuleFor(m => m.Area).NotEmpty().WithMessage("Select the area where you saw it");
        RuleFor(m => m.WhereSeen).SafeText("Where");
        RuleFor(m => m.WhenSeen).SafeText("When");
        RuleFor(m => m.Contact).SafeText("Contact details");
    }
}
