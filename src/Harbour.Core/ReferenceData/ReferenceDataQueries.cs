using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.ReferenceData;

/// <summary>Reads the active reference data in the order the deployment's files give it.</summary>
public sealed class ReferenceDataQueries(HarbourDbContext db)
{
    public Task<Partnership?> GetPartnershipAsync(CancellationToken cancellationToken = default) =>
        db.Partnerships.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.SortOrder).FirstOrDefaultAsync(cancellationToken);

    public Task<List<Area>> GetAreasAsync(CancellationToken cancellationToken = default) =>
        db.Areas.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);

    public Task<List<ExploitationType>> GetExploitationTypesAsync(CancellationToken cancellationToken = default) =>
        db.ExploitationTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);

    public Task<List<IndicatorGroup>> GetIndicatorGroupsAsync(CancellationToken cancellationToken = default) =>
        db.IndicatorGroups.AsNoTracking()
            .Where(g => g.IsActive)
            .OrderBy(g => g.SortOrder)
            .Include(g => g.Indicators.Where(i => i.IsActive).OrderBy(i => i.SortOrder))
            .ToListAsync(cancellationToken);

    public Task<List<RadicalisationSign>> GetRadicalisationSignsAsync(CancellationToken cancellationToken = default) =>
        db.RadicalisationSigns.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);

    public Task<List<SupportContact>> GetSupportContactsAsync(CancellationToken cancellationToken = default) =>
        db.SupportContacts.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);

    public Task<List<Organisation>> GetOrganisationsAsync(CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking()
            .Where(o => o.IsActive)
            .OrderBy(o => o.SortOrder)
            .Include(o => o.Areas.OrderBy(a => a.SortOrder))
            .ToListAsync(cancellationToken);

    public Task<List<StrategicObjective>> GetObjectivesAsync(CancellationToken cancellationToken = default) =>
        db.StrategicObjectives.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Number).ToListAsync(cancellationToken);

    public Task<List<FourPStrand>> GetFourPAsync(CancellationToken cancellationToken = default) =>
        db.FourPStrands.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
}
