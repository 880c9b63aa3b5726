using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.SupportDirectory;

/// <summary>Reads the support directory from the database: a cheap version check, and the whole catalogue when it has changed.</summary>
public sealed class SupportDirectoryService(HarbourDbContext db)
{
    /// <summary>Changes whenever a service, organisation, taxonomy, term or area is added, edited or deactivated.</summary>
    public async Task<string> VersionAsync(CancellationToken cancellationToken = default)
    {
        var services = await db.DirectoryServices.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Latest = g.Max(s => s.UpdatedAt) }).SingleOrDefaultAsync(cancellationToken);
        var organisations = await db.DirectoryOrganisations.MaxAsync(o => (DateTime?)o.UpdatedAt, cancellationToken);
        var terms = await db.DirectoryTaxonomyTerms.MaxAsync(t => (DateTime?)t.UpdatedAt, cancellationToken);
        var taxonomies = await db.DirectoryTaxonomies.MaxAsync(t => (DateTime?)t.UpdatedAt, cancellationToken);
        var areas = await db.Areas.MaxAsync(a => (DateTime?)a.UpdatedAt, cancellationToken);
        var latest = new[] { services?.Latest, organisations, terms, taxonomies, areas }.Where(d => d is not null).Select(d => d!.Value);
        return DirectoryCatalogue.VersionOf(latest, services?.Count ?? 0);
    }

    public async Task<DirectoryCatalogue> LoadAsync(CancellationToken cancellationToken = default)
    {
        var version = await VersionAsync(cancellationToken);
        var organisations = await db.DirectoryOrganisations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var taxonomies = await db.DirectoryTaxonomies.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var terms = await db.DirectoryTaxonomyTerms.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var termsById = terms.ToDictionary(t => t.Id);
        var services = await db.DirectoryServices.AsNoTracking().Where(s => s.IsActive).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var entries = services
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Select(s => new CatalogueService(s, organisations[s.OrganisationId],
                s.Details.TaxonomyTermIds.Where(termsById.ContainsKey).Select(id => termsById[id]).ToList()))
            .ToList();
        return new DirectoryCatalogue(version, entries, taxonomies, terms, areas);
    }
}
