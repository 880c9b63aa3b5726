using Harbour.Core.Concerns;
using Harbour.Core.Linking;
using Harbour.Core.ReferenceData;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

/// <summary>Every answer with a change link; submitting checks them all again on the server.</summary>
public sealed class CheckAnswersModel(ConcernService concerns, ReferenceDataQueries referenceData, LinkingService linking) : ConcernQuestionModel(concerns)
{
    public Dictionary<string, string> Names { get; private set; } = [];

    public string? AreaName { get; private set; }

    protected override void Load(Concern draft)
    {
    }

    protected override async Task LoadChoicesAsync()
    {
        Names = (await referenceData.GetExploitationTypesAsync()).ToDictionary(t => t.Code, t => t.Name);
        foreach (var group in await referenceData.GetIndicatorGroupsAsync())
        {
            foreach (var indicator in group.Indicators)
            {
                Names[indicator.Code] = indicator.Text;
            }
        }

        foreach (var sign in await referenceData.GetRadicalisationSignsAsync())
        {
            Names[sign.Code] = sign.Text;
        }

        AreaName = (await referenceData.GetAreasAsync()).FirstOrDefault(a => a.Id == Draft.AreaId)?.Name;
    }

    public string Change(string page) => $"/concerns/{Id}/{page}?returnTo=check";

    public string NameOf(string code) => Names.TryGetValue(code, out var name) ? name : code;

    /// <summary>Organisations that may already know the person (privacy first: who to contact, nothing of their records).</summary>
    public IReadOnlyList<KnownElsewhere> KnownElsewhere { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (Draft.IsModernSlavery)
        {
            KnownElsewhere = await linking.KnownElsewhereAsync(Draft, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var submitted = await Concerns.SubmitAsync(Id, User.Scope(), HttpContext.Actor());
        return Redirect($"/concerns/{submitted.Id}/submitted");
    }
}
