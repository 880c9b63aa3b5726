using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Pathways;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Cases;

/// <summary>
/// A printable summary for the first responder filling in the Home Office NRM online form: everything the case
/// already knows, in the order the form asks for it. Reading it is audited like any read of the case.
/// </summary>
public sealed class NrmSummaryModel(CaseService cases, PathwayService pathways, ReferenceDataQueries referenceData) : PageModel
{
    public Case Case { get; private set; } = null!;

    public Concern? Concern { get; private set; }

    public Pathway? Referral { get; private set; }

    public PersonAtRisk Person { get; private set; } = new();

    public Dictionary<string, string> Names { get; } = [];

    public string? AreaName { get; private set; }

    public string FirstResponder { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        var @case = await cases.GetAsync(reference, User.Scope(), HttpContext.Actor());
        if (@case is null)
        {
            return NotFound();
        }

        Case = @case;
        Concern = await cases.SourceConcernAsync(@case);
        Referral = (await pathways.ForCaseAsync(@case.Id)).LastOrDefault(p => p.Kind == PathwayKind.NationalReferralMechanism);
        Person = @case.People.FirstOrDefault(p => p.Role == CasePersonRole.AtRisk)?.Details ?? new PersonAtRisk();
        foreach (var type in await referenceData.GetExploitationTypesAsync())
        {
            Names[type.Code] = type.Name;
        }

        foreach (var indicator in (await referenceData.GetIndicatorGroupsAsync()).SelectMany(g => g.Indicators))
        {
            Names[indicator.Code] = indicator.Text;
        }

        var organisations = await referenceData.GetOrganisationsAsync();
        AreaName = (await referenceData.GetAreasAsync()).FirstOrDefault(a => a.Id == @case.AreaId)?.Name;
        FirstResponder = $"{User.DisplayNameOf()}, {organisations.FirstOrDefault(o => o.Id == User.OrganisationIdOf())?.Name}";
        return Page();
    }

    public string NameOf(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
