using Harbour.Core.Cases;
using Harbour.Core.SupportDirectory;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Cases.Refer;

/// <summary>
/// Find a support service for the person on the case: the directory filtered by what they need, where the case is,
/// and their age and gender. Services they cannot use are listed apart, with the reason.
/// </summary>
public sealed class IndexModel(CaseService cases, DirectoryCache cache, TimeProvider time) : CasePageModel(cases)
{
    [BindProperty(SupportsGet = true)]
    public List<string> Need { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    public DirectoryCatalogue Catalogue { get; private set; } = null!;

    public PersonForReferral Person { get; private set; } = null!;

    public IReadOnlyList<(CatalogueService Service, IReadOnlyList<string> Problems)> Found { get; private set; } = [];

    protected override async Task LoadAsync()
    {
        Catalogue = await cache.GetAsync(HttpContext.RequestAborted);
        Person = PersonForReferral.Of(Case, Catalogue, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }

    public void OnGet()
    {
        var terms = Catalogue.Terms.Where(t => Need.Contains(t.Code)).Select(t => t.Id).ToList();
        Found = Catalogue.Search(new DirectoryQuery { Text = Words, TermIds = terms })
            .Where(s => s.Service.Status is ServiceStatus.Active or ServiceStatus.TemporarilyClosed)
            .Select(s => (s, Person.Problems(s.Service, Case.AgeGroup)))
            .OrderBy(x => x.Item2.Count > 0)
            .ToList();
    }

}
