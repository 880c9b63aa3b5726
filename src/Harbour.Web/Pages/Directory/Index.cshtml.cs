using System.Text.Json;
using Harbour.Core.SupportDirectory;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Directory;

/// <summary>
/// The coordinators' view of the support directory: every service, those due a check first; the whole directory
/// exported or imported as Open Referral UK JSON.
/// </summary>
[RequestSizeLimit(MaximumImportSize)]
[RequestFormLimits(MultipartBodyLengthLimit = MaximumImportSize)]
public sealed class IndexModel(DirectoryCache cache, TimeProvider time, SupportDirectoryService directory) : PageModel
{
    public const int MaximumImportSize = 20 * 1024 * 1024;

    [BindProperty(Name = "File")]
    public IFormFile? DirectoryFile { get; set; }

    public DirectoryCatalogue Catalogue { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<CatalogueService> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetExportAsync()
    {
        var services = await directory.ExportAsync(HttpContext.RequestAborted);
        var json = JsonSerializer.SerializeToUtf8Bytes(services, OpenReferralApi.Json);
        return File(json, "application/json", $"harbour-directory-{DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime):yyyy-MM-dd}.json");
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (DirectoryFile is null || DirectoryFile.Length == 0)
        {
            throw new Harbour.Core.ValidationFailedException("File", "Select an Open Referral UK JSON file");
        }

        await using var stream = DirectoryFile.OpenReadStream();
        var result = await directory.ImportAsync(stream, User.Scope(), HttpContext.Actor(), HttpContext.RequestAborted);
        cache.Invalidate();
        TempData["Success"] = $"Imported: {result.Added} services added, {result.Updated} updated";
        return Redirect("/directory");
    }

    public void OnGet()
    {
    }

    /// <summary>The list is read before any handler, so a refused import shows it again with the error.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Catalogue = await cache.GetAsync(HttpContext.RequestAborted);
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Services = Catalogue.Services
            .OrderByDescending(s => SupportDirectoryService.IsCheckDue(s.Service.LastCheckedOn, Today))
            .ThenBy(s => s.Service.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        await next();
    }
}
