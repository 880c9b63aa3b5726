using FluentValidation;
using Harbour.Core.Referrals;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Referrals;

/// <summary>
/// One referral received: what the referrer shared, and accept or decline; once accepted, the case is shared with
/// this organisation and the support can be marked complete. Reading it is audited.
/// </summary>
public sealed class ReferralModel(SupportReferralService referrals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    public ReceivedReferral Received { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await referrals.ReceivedAsync(Id, User.Scope(), HttpContext.Actor()) is not { } received)
        {
            context.Result = NotFound();
            return;
        }

        Received = received;
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAcceptAsync()
    {
        await referrals.AcceptAsync(Id, User.Scope(), HttpContext.Actor());
        return Done("Referral accepted: the case is now shared with your organisation");
    }

    public async Task<IActionResult> OnPostDeclineAsync()
    {
        await referrals.DeclineAsync(Id, Outcome, User.Scope(), HttpContext.Actor());
        return Done("Referral declined");
    }

    public async Task<IActionResult> OnPostCompleteAsync()
    {
        await referrals.CompleteAsync(Id, Outcome, User.Scope(), HttpContext.Actor());
        return Done("Support marked as complete");
    }

    private RedirectResult Done(string message)
    {
        TempData["Success"] = message;
        return Redirect($"/referrals/{Id}");
    }
}

public sealed class ReferralModelValidator : AbstractValidator<ReferralModel>
{
    public ReferralModelValidator()
    {
        RuleSet("Decline", () => RuleFor(m => m.Outcome).NotEmpty().WithMessage("Enter why the referral is declined"));
        RuleSet("Complete", () => RuleFor(m => m.Outcome).NotEmpty().WithMessage("Enter what the support achieved"));
        RuleSet("Decline", () => RuleFor(m => m.Outcome).SafeText("Reason", 2_000));
        RuleSet("Complete", () => RuleFor(m => m.Outcome).SafeText("Outcome", 2_000));
    }
}
