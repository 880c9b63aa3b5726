using System.Globalization;
using Harbour.Core.SupportDirectory;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public.Support;

/// <summary>
/// Find support: the public search of the support directory by words, needs, area or postcode, and the person's
/// age and gender. A plain GET form, so it works without JavaScript and every search has a link.
/// </summary>
public sealed class IndexModel(DirectoryCache cache) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string> Need { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Postcode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Gender { get; set; }

    /// <summary>The page of results ("page" is taken by Razor Pages' own routing).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public const int PerPage = 20;

    public int TotalResults { get; private set; }

    public int TotalPages => (int)Math.Ceiling(TotalResults / (double)PerPage);

    /// <summary>This search's address for another page of results.</summary>
    public string PageLink(int page) =>
        "/support" + QueryString.Create(Request.Query.Where(q => q.Key != "p").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("p", page.ToString(CultureInfo.InvariantCulture)))).ToUriComponent();

    public DirectoryCatalogue Catalogue { get; private set; } = null!;

    /// <summary>Null until someone searches.</summary>
    public IReadOnlyList<CatalogueService>? Results { get; private set; }

    public static IReadOnlyList<Choice> Genders { get; } = [new("", "Anyone"), new("female", "A woman or girl"), new("male", "A man or boy")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Catalogue = await cache.GetAsync(cancellationToken);
        if (!Request.Query.Any())
        {
            return Page();
        }

        int? age = null;
        if (!string.IsNullOrWhiteSpace(Age))
        {
            if (int.TryParse(Age.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= 120)
            {
                age = years;
            }
            else
            {
                ModelState.AddModelError(nameof(Age), "Enter their age as a whole number, like 25");
            }
        }

        if (!string.IsNullOrWhiteSpace(Postcode) && DirectoryCatalogue.PostcodeDistrict(Postcode) is null)
        {
            ModelState.AddModelError(nameof(Postcode), "Enter a real postcode, like SO14 7LY, or the first part of one, like SO14");
        }

        if (Words?.Length > 200)
        {
            ModelState.AddModelError("q", "Search words must be 200 characters or fewer");
        }

        var terms = Catalogue.Terms.Where(t => Need.Contains(t.Code)).Select(t => t.Id).ToList();
        var area = Catalogue.Areas.FirstOrDefault(a => a.Code == Area)?.Code;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var all = Catalogue.Search(new DirectoryQuery
        {
            Text = Words, TermIds = terms, AreaCode = area, Postcode = string.IsNullOrWhiteSpace(Postcode) ? null : Postcode,
            Age = age, Gender = DirectoryText.ParseGender(Gender),
        }).Where(s => s.Service.Status is ServiceStatus.Active or ServiceStatus.TemporarilyClosed).ToList();
        TotalResults = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, TotalPages));
        Results = all.Skip((PageNumber - 1) * PerPage).Take(PerPage).ToList();
        return Page();
    }
}
