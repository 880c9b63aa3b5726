using FluentValidation;
using Harbour.Core.Access;
using Harbour.Core.Cases;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Cases;

/// <summary>Break glass: open a case outside your organisation's access, for 4 hours, with a reason.</summary>
public sealed class BreakGlassModel(CaseService cases) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await cases.BreakGlassAsync(Reference, Reason, User.Scope(), HttpContext.Actor());
        TempData["Success"] = "You can read this case for the next 4 hours. Its owner has been told";
        return Redirect($"/cases/{Reference!.Trim().ToUpperInvariant()}");
    }
}

public sealed class BreakGlassModelValidator : AbstractValidator<BreakGlassModel>
{
    public BreakGlassModelValidator()
    {
        RuleFor(m => m.Reference).NotEmpty().WithMessage("Enter the case reference, like HMS-2026-000123");
        RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why you need to open this case");
        RuleFor(m => m.Reason).Must(r => r!.Trim().Length >= BreakGlassService.MinimumReasonLength)
            .WithMessage($"Reason must be {BreakGlassService.MinimumReasonLength} characters or more").When(m => !string.IsNullOrWhiteSpace(m.Reason));
        RuleFor(m => m.Reason).SafeText("Reason", 2_000);
    }
}
