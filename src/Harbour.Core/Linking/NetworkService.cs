using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Linking;

public sealed record NetworkEntity(Guid Id, EntityKind Kind, string Label, int Steps);

/// <summary>A concern in the network, with its case if it became one.</summary>
public sealed record NetworkRecord(Guid ConcernId, string? Reference, string? CaseReference, string ReportedBy, string? ScreenedBy, DateTime SeenAt);

public sealed record NetworkLink(Guid EntityId, Guid ConcernId, MentionRole Role);

/// <summary>Everything linked to one entity through shared concerns, up to a number of steps away.</summary>
public sealed record Network(NetworkEntity Start, IReadOnlyList<NetworkEntity> Entities, IReadOnlyList<NetworkRecord> Records, IReadOnlyList<NetworkLink> Links, int Steps, bool Truncated)
{
    /// <summary>The records that name an entity.</summary>
    public IEnumerable<NetworkRecord> RecordsOf(Guid entityId)
    {
        var ids = Links.Where(l => l.EntityId == entityId).Select(l => l.ConcernId).ToHashSet();
        return Records.Where(r => ids.Contains(r.ConcernId));
    }
}

/// <summary>A place, phone, vehicle or business linked to several people at risk.</summary>
public sealed record Hotspot(Guid EntityId, EntityKind Kind, string Label, int PeopleAtRisk, int Organisations, int Concerns, DateTime LastSeen, IReadOnlyList<string> Areas);

public sealed record HotspotArea(string Area, int Hotspots, int PeopleAtRisk);

public sealed record Hotspots(DateTime Since, int MinimumPeople, IReadOnlyList<Hotspot> Ranked, IReadOnlyList<HotspotArea> ByArea);

public sealed record EntitySearchResult(Guid Id, EntityKind Kind, string Label, int Concerns);

/// <summary>Networks, hotspots and entity search over the linked records, for police analysts. Every view is audited.</summary>
public sealed class NetworkService(HarbourDbContext db, TimeProvider time, AuditLog audit, LinkingOptions options)
{
    /// <summary>
    /// Walks from the entity to the concerns that name it and the entities those concerns name, step by step, up
    /// to <see cref="LinkingOptions.NetworkSteps"/> steps (or fewer when asked), stopping at
    /// <see cref="LinkingOptions.NetworkMaxEntities"/> entities.
    /// </summary>
    public async Task<Network> NetworkAsync(Guid entityId, UserScope user, AuditActor actor, int? steps = null, CancellationToken cancellationToken = default)
    {
        LinkingService.EnsureAnalyst(user);
        var start = await db.LinkedEntities.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entityId, cancellationToken)
            ?? throw new KeyNotFoundException($"No entity {entityId}.");
        var reach = Math.Clamp(steps ?? options.NetworkSteps, 1, options.NetworkSteps);
        var stepOf = new Dictionary<Guid, int> { [entityId] = 0 };
        var concerns = new HashSet<Guid>();
        var links = new List<NetworkLink>();
        var frontier = new List<Guid> { entityId };
        var truncated = false;
        for (int step = 1; step <= reach && frontier.Count > 0 && !truncated; step++)
        {
            var from = frontier;
            var known = concerns.ToList();
            var newConcerns = await db.EntityMentions.AsNoTracking()
                .Where(m => from.Contains(m.EntityId) && !known.Contains(m.ConcernId))
                .Select(m => m.ConcernId)
                .Distinct()
                .ToListAsync(cancellationToken);
            concerns.UnionWith(newConcerns);
            var mentions = await db.EntityMentions.AsNoTracking()
                .Where(m => newConcerns.Contains(m.ConcernId))
                .Select(m => new NetworkLink(m.EntityId, m.ConcernId, m.Role))
                .ToListAsync(cancellationToken);
            links.AddRange(mentions);
            frontier = [];
            foreach (var id in mentions.Select(m => m.EntityId).Distinct())
            {
                if (stepOf.ContainsKey(id))
                {
                    continue;
                }

                if (stepOf.Count >= options.NetworkMaxEntities)
                {
                    truncated = true;
                    break;
                }

                stepOf[id] = step;
                frontier.Add(id);
            }
        }

        // Links to entities cut off by the size limit are left out, so every link in the answer joins two shown things.
        links = [.. links.Where(l => stepOf.ContainsKey(l.EntityId)).Distinct()];
        var entityIds = stepOf.Keys.ToList();
        var entities = await db.LinkedEntities.AsNoTracking()
            .Where(e => entityIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Kind, e.Label })
            .ToListAsync(cancellationToken);
        var concernIds = concerns.ToList();
        var records = await (
                from c in db.Concerns.AsNoTracking()
                where concernIds.Contains(c.Id)
                join r in db.Organisations.AsNoTracking() on c.RaisedByOrganisationId equals (Guid?)r.Id into reporters
                from r in reporters.DefaultIfEmpty()
                join t in db.Organisations.AsNoTracking() on c.TriageOrganisationId equals (Guid?)t.Id into screeners
                from t in screeners.DefaultIfEmpty()
                join k in db.Cases.AsNoTracking() on c.CaseId equals (Guid?)k.Id into cases
                from k in cases.DefaultIfEmpty()
                select new NetworkRecord(c.Id, c.Reference, k == null ? null : k.Reference, r == null ? "A member of the public" : r.Name, t == null ? null : t.Name, c.SubmittedAt ?? c.CreatedAt))
            .ToListAsync(cancellationToken);

        var shown = entities
            .Select(e => new NetworkEntity(e.Id, e.Kind, e.Label, stepOf[e.Id]))
            .OrderBy(e => e.Steps).ThenBy(e => e.Kind).ThenBy(e => e.Label, StringComparer.Ordinal)
            .ToList();
        audit.Record(actor, "linking.network-viewed", nameof(LinkedEntity), entityId.ToString(),
            after: new { Steps = reach, Entities = shown.Count, Records = records.Count, Truncated = truncated });
        await db.SaveChangesAsync(cancellationToken);
        return new Network(shown.First(e => e.Id == entityId), shown, [.. records.OrderByDescending(r => r.SeenAt)], links, reach, truncated);
    }

    /// <summary>
    /// Addresses, phones, vehicles and businesses named in concerns about at least
    /// <see cref="LinkingOptions.HotspotPeople"/> distinct people at risk in the last
    /// <see cref="LinkingOptions.HotspotMonths"/> months, most people first.
    /// </summary>
    public async Task<Hotspots> HotspotsAsync(UserScope user, AuditActor actor, Guid? areaId = null, CancellationToken cancellationToken = default)
    {
        LinkingService.EnsureAnalyst(user);
        var since = time.GetUtcNow().UtcDateTime.AddMonths(-options.HotspotMonths);
        var things = db.EntityMentions.AsNoTracking().Where(m => m.Kind != EntityKind.Person && m.SeenAt >= since);
        if (areaId is { } area)
        {
            things = things.Where(m => m.AreaId == area);
        }

        var rows = await (
                from thing in things
                join person in db.EntityMentions.AsNoTracking() on thing.ConcernId equals person.ConcernId
                where person.Kind == EntityKind.Person && person.Role == MentionRole.PersonAtRisk
                select new { thing.EntityId, Person = person.EntityId, thing.ConcernId, thing.OrganisationId, thing.AreaId, thing.SeenAt })
            .Distinct()
            .ToListAsync(cancellationToken);
        var candidates = rows.GroupBy(r => r.EntityId)
            .Where(g => g.Select(r => r.Person).Distinct().Count() >= options.HotspotPeople)
            .ToList();
        var ids = candidates.Select(g => g.Key).ToList();
        var labels = await db.LinkedEntities.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var areaNames = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        string AreaName(Guid? id) => id is { } value && areaNames.TryGetValue(value, out var name) ? name : "Not known";

        var ranked = candidates
            .Select(g => new Hotspot(
                g.Key,
                labels[g.Key].Kind,
                labels[g.Key].Label,
                g.Select(r => r.Person).Distinct().Count(),
                g.Select(r => r.OrganisationId).Distinct().Count(),
                g.Select(r => r.ConcernId).Distinct().Count(),
                g.Max(r => r.SeenAt),
                [.. g.Select(r => AreaName(r.AreaId)).Distinct().Order(StringComparer.Ordinal)]))
            .OrderByDescending(h => h.PeopleAtRisk).ThenByDescending(h => h.Organisations).ThenByDescending(h => h.LastSeen).ThenBy(h => h.Label, StringComparer.Ordinal)
            .ToList();
        var byArea = candidates
            .SelectMany(g => g.GroupBy(r => AreaName(r.AreaId)).Select(a => (Area: a.Key, Hotspot: g.Key, People: a.Select(r => r.Person).Distinct().Count())))
            .GroupBy(x => x.Area)
            .Select(a => new HotspotArea(a.Key, a.Select(x => x.Hotspot).Distinct().Count(), a.Sum(x => x.People)))
            .OrderByDescending(a => a.Hotspots).ThenBy(a => a.Area, StringComparer.Ordinal)
            .ToList();
        audit.Record(actor, "linking.hotspots-viewed", after: new { Since = since, Hotspots = ranked.Count, AreaId = areaId });
        await db.SaveChangesAsync(cancellationToken);
        return new Hotspots(since, options.HotspotPeople, ranked, byArea);
    }

    /// <summary>Entities whose value contains the text, or whose normalised phone, plate or address is the text's.</summary>
    public async Task<IReadOnlyList<EntitySearchResult>> SearchAsync(string text, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        LinkingService.EnsureAnalyst(user);
        var query = text?.Trim() ?? "";
        if (query.Length < 2)
        {
            return [];
        }

        var keys = new[] { EntityExtraction.PhoneKey(query), EntityExtraction.VehicleKey(query), EntityExtraction.BusinessKey(query), EntityExtraction.AddressKey(query, null) }
            .Where(k => k is not null).Cast<string>().ToList();
        var pattern = $"%{query.ToUpperInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
        var found = await db.LinkedEntities.AsNoTracking()
            .Where(e => (e.Key != null && keys.Contains(e.Key)) || EF.Functions.Like(e.Label.ToUpper(), pattern))
            .OrderBy(e => e.Kind).ThenBy(e => e.Label)
            .Take(50)
            .Select(e => new { e.Id, e.Kind, e.Label, Concerns = db.EntityMentions.Count(m => m.EntityId == e.Id) })
            .ToListAsync(cancellationToken);
        audit.Record(actor, "linking.entities-searched", reason: query, after: new { Results = found.Count });
        await db.SaveChangesAsync(cancellationToken);
        return [.. found.Select(f => new EntitySearchResult(f.Id, f.Kind, f.Label, f.Concerns))];
    }
}
