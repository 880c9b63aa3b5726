using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Core.Linking;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Harbour.Web.Pages.Concerns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Triage;

/// <summary>One concern in full, for the lead screening it, and the decision with its reason.</summary>
public sealed class ConcernModel(ConcernService concerns, ReferenceDataQueries referenceData, LinkingService linking) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? PassToOrganisation { get; set; }

    public Concern Concern { get; private set; } = null!;

    public Dictionary<string, string> Names { get; private set; } = [];

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public string? AreaName { get; private set; }

    public static IReadOnlyList<Choice> Decisions { get; } = Enum.GetValues<TriageDecision>()
        .Select(d => new Choice(d.ToString(), ConcernText.Decision(d), d switch
        {
            TriageDecision.OpenCase => "Your organisation will own the case",
            TriageDecision.PassToAnotherOrganisation => "It moves to their queue to screen",
            TriageDecision.ReferToPolice => "Record that you have referred it to the police",
            _ => null,
        })).ToList();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var concern = await concerns.GetAsync(Id, User.Scope(), HttpContext.Actor());
        if (concern is null)
        {
            context.Result = NotFound();
            return;
        }

        Concern = concern;
        Names = (await referenceData.GetExploitationTypesAsync()).ToDictionary(t => t.Code, t => t.Name);
        foreach (var indicator in (await referenceData.GetIndicatorGroupsAsync()).SelectMany(g => g.Indicators))
        {
            Names[indicator.Code] = indicator.Text;
        }

        foreach (var sign in await referenceData.GetRadicalisationSignsAsync())
        {
            Names[sign.Code] = sign.Text;
        }

        Organisations = (await referenceData.GetOrganisationsAsync()).Where(o => o.Id != User.OrganisationIdOf()).Select(o => new Choice(o.Code, o.Name)).ToList();
        AreaName = (await referenceData.GetAreasAsync()).FirstOrDefault(a => a.Id == concern.AreaId)?.Name;
        await next();
    }

    public string NameOf(string code) => Names.TryGetValue(code, out var name) ? name : code;

    public bool CanDecide => Concern.Status == ConcernStatus.AwaitingTriage && Concern.TriageOrganisationId == User.OrganisationIdOf();

    /// <summary>Organisations that may already know the person (privacy first: who to contact, nothing of their records).</summary>
    public IReadOnlyList<KnownElsewhere> KnownElsewhere { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (CanDecide && Concern.IsModernSlavery)
        {
            KnownElsewhere = await linking.KnownElsewhereAsync(Concern, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var decided = await concerns.DecideAsync(Id, new TriageRequest(Enum.Parse<TriageDecision>(Decision!), Reason, PassToOrganisation), User.Scope(), HttpContext.Actor());
        if (decided.CaseId is not null)
        {
            var reference = await concerns.CaseReferenceAsync(decided.CaseId.Value);
            TempData["Success"] = $"Case {reference} has been opened";
            return Redirect($"/cases/{reference}");
        }

        TempData["Success"] = $"{decided.Reference}: {ConcernText.Decision(Enum.Parse<TriageDecision>(Decision!)).ToLowerInvariant()} recorded";
        return Redirect("/triage");
    }
}

public sealed class ConcernModelValidator : AbstractValidator<ConcernModel>
{
    public ConcernModelValidator()
    {
        RuleFor(m => m.Decision).Must(v => Enum.TryParse<TriageDecision>(v, out _)).WithMessage("Select what should happen next");
        RuleFor(m => m.Reason).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the reason for your decision");
        RuleFor(m => m.Reason).SafeText("Reason", 5_000);
        RuleFor(m => m.PassToOrganisation).NotEmpty().WithMessage("Select the organisation to pass the concern to")
            .When(m => m.Decision == nameof(TriageDecision.PassToAnotherOrganisation));
    }
}
