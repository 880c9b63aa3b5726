using Harbour.Core.SupportDirectory;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public.Support;

/// <summary>One service of the support directory: what it does, who it is for, where and when, and how to reach it.</summary>
public sealed class ServiceModel(DirectoryCache cache) : PageModel
{
    public CatalogueService Entry { get; private set; } = null!;

    public DirectoryCatalogue Catalogue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Catalogue = await cache.GetAsync(cancellationToken);
        if (Catalogue.Find(id) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        return Page();
    }

    public string Coverage =>
        Entry.Service.Details.IsNational
            ? "Anywhere in the UK"
            : string.Join(", ", Entry.Service.Details.AreaCodes.Select(code => Catalogue.Areas.FirstOrDefault(a => a.Code == code)?.Name ?? code));

    public string WhoFor
    {
        get
        {
            var s = Entry.Service;
            var parts = new List<string>();
            if (s.Gender is { } gender)
            {
                parts.Add(gender == EligibleGender.Female ? "Women and girls only" : "Men and boys only");
            }

            parts.Add((s.MinimumAge, s.MaximumAge) switch
            {
                (null, null) => "Any age",
                ({ } min, null) => $"Aged {min} or over",
                (null, 17) => "Children under 18",
                (null, { } max) => $"Aged {max} or under",
                ({ } min, { } max) => $"Aged {min} to {max}",
            });
            return string.Join(". ", parts) + ".";
        }
    }
}
