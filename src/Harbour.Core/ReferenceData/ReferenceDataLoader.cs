using Harbour.Core.Governance;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.Resources;
using Harbour.Core.SupportDirectory;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.ReferenceData;

/// <summary>What one load did to one kind of reference data.</summary>
public sealed record ReferenceDataChange(string Kind, int Added, int Updated, int Deactivated)
{
    public int Total => Added + Updated + Deactivated;
}

public sealed record ReferenceDataLoadResult(IReadOnlyList<ReferenceDataChange> Changes)
{
    public int TotalChanges => Changes.Sum(c => c.Total);
}

/// <summary>
/// Brings the database in line with the deployment's reference data files. Rows are matched on their code:
/// new codes are added, changed items updated, and codes no longer in the files are deactivated (never deleted,
/// because records refer to them). Loading the same files twice changes nothing.
/// </summary>
public sealed class ReferenceDataLoader(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public async Task<ReferenceDataLoadResult> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        var files = ReferenceDataFiles.Read(directory);
        var now = time.GetUtcNow().UtcDateTime;
        var changes = new List<ReferenceDataChange>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var partnership = files.Partnership.Partnership!;
        changes.Add(await SyncAsync(db.Partnerships, [partnership], p => p.Code,
            p => new Partnership { Code = p.Code, Name = p.Name, ShortName = p.ShortName, Vision = p.Vision },
            (entity, p) =>
            {
                entity.Name = p.Name;
                entity.ShortName = string.IsNullOrWhiteSpace(p.ShortName) ? p.Name : p.ShortName;
                entity.Vision = p.Vision.Trim();
                entity.ChairedBy = p.ChairedBy;
                entity.GovernedBy = p.GovernedBy;
            }, now, cancellationToken));

        changes.Add(await SyncAsync(db.Areas, files.Partnership.Areas ?? [], a => a.Code,
            a => new Area { Code = a.Code, Name = a.Name },
            (entity, a) =>
            {
                entity.Name = a.Name;
                var districts = (a.PostcodeDistricts ?? []).Select(d => d.Trim().ToUpperInvariant()).Order(StringComparer.Ordinal).ToList();
                if (!entity.PostcodeDistricts.SequenceEqual(districts, StringComparer.Ordinal))
                {
                    entity.PostcodeDistricts = districts;
                }
            }, now, cancellationToken));

        changes.Add(await SyncAsync(db.StrategicObjectives, files.Partnership.Objectives ?? [], o => o.Code,
            o => new StrategicObjective { Code = o.Code, Title = o.Title, Description = o.Description },
            (entity, o) =>
            {
                entity.Number = o.Number;
                entity.Title = o.Title;
                entity.Description = o.Description.Trim();
            }, now, cancellationToken));

        changes.Add(await SyncAsync(db.FourPStrands, files.Partnership.FourP ?? [], p => p.Code,
            p => new FourPStrand { Code = p.Code, Name = p.Name, Description = p.Description },
            (entity, p) =>
            {
                entity.Name = p.Name;
                entity.Description = p.Description.Trim();
            }, now, cancellationToken));

        // Areas must exist before organisations can be linked to them.
        await db.SaveChangesAsync(cancellationToken);
        var areasByCode = await db.Areas.ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken);

        changes.Add(await SyncAsync(db.Organisations.Include(o => o.Areas), files.Organisations, o => o.Code,
            o => new Organisation { Code = o.Code, Name = o.Name },
            (entity, o) =>
            {
                entity.Name = o.Name;
                entity.Type = o.Type;
                entity.IsFirstResponderOrganisation = o.FirstResponder;
                return SyncAreas(entity, o.Areas ?? [], areasByCode);
            }, now, cancellationToken));

        changes.Add(await SyncAsync(db.ExploitationTypes, files.ExploitationTypes, e => e.Code,
            e => new ExploitationType { Code = e.Code, Name = e.Name, Description = e.Description },
            (entity, e) =>
            {
                entity.Name = e.Name;
                entity.Category = e.Category;
                entity.Description = e.Description.Trim();
            }, now, cancellationToken));

        changes.Add(await SyncAsync(db.IndicatorGroups, files.IndicatorGroups, g => g.Code,
            g => new IndicatorGroup { Code = g.Code, Name = g.Name, Description = g.Description },
            (entity, g) =>
            {
                entity.Name = g.Name;
                entity.Description = g.Description.Trim();
            }, now, cancellationToken));

        await db.SaveChangesAsync(cancellationToken);
        var groupIdByIndicator = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var groupsByCode = await db.IndicatorGroups.ToDictionaryAsync(g => g.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var group in files.IndicatorGroups)
        {
            foreach (var indicator in group.Indicators ?? [])
            {
                groupIdByIndicator[indicator.Code] = groupsByCode[group.Code].Id;
            }
        }

        changes.Add(await SyncAsync(db.Indicators, files.IndicatorGroups.SelectMany(g => g.Indicators ?? []).ToList(), i => i.Code,
            i => new Indicator { Code = i.Code, Text = i.Text },
            (entity, i) =>
            {
                entity.Text = i.Text.Trim();
                entity.IndicatorGroupId = groupIdByIndicator[i.Code];
            }, now, cancellationToken));

        changes.Add(await SyncAsync(db.RadicalisationSigns, files.RadicalisationSigns, s => s.Code,
            s => new RadicalisationSign { Code = s.Code, Text = s.Text },
            (entity, s) => entity.Text = s.Text.Trim(), now, cancellationToken));

        changes.Add(await SyncAsync(db.SupportContacts, files.SupportContacts, s => s.Code,
            s => new SupportContact { Code = s.Code, Name = s.Name, Description = s.Description },
            (entity, s) =>
            {
                entity.Name = s.Name;
                entity.Description = s.Description.Trim();
                entity.Kind = s.Kind;
                entity.Phone = s.Phone;
                entity.Website = s.Website;
                entity.Coverage = s.Coverage;
            }, now, cancellationToken));

        await db.SaveChangesAsync(cancellationToken);
        changes.AddRange(await SyncDirectoryAsync(files, now, cancellationToken));
        changes.Add(await SyncAsync(db.LibraryResources, files.Resources, r => r.Code,
            r => new LibraryResource { Code = r.Code, Title = r.Title, Summary = r.Summary, Owner = r.Owner },
            (entity, r) =>
            {
                entity.Title = r.Title;
                entity.Summary = r.Summary.Trim();
                entity.Owner = r.Owner;
                entity.Version = r.Version;
                entity.ReviewDueOn = r.ReviewDue;
                entity.Audience = r.Audience == "public" ? ResourceAudience.Public : ResourceAudience.Professionals;
                entity.Url = r.Url;
            }, now, cancellationToken));

        changes.Add(await StartGovernanceAsync(files.Partnership.Governance, now, cancellationToken));
        var result = new ReferenceDataLoadResult(changes);
        if (result.TotalChanges > 0)
        {
            audit.Record(AuditActor.System, "reference-data.loaded", reason: $"Loaded from {directory}",
                after: changes.Where(c => c.Total > 0).ToList());
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The support directory: taxonomies and terms, then organisations, then services that refer to them.</summary>
    private async Task<IReadOnlyList<ReferenceDataChange>> SyncDirectoryAsync(ReferenceDataFiles files, DateTime now, CancellationToken cancellationToken)
    {
        var directory = files.SupportDirectory;
        var changes = new List<ReferenceDataChange>();
        changes.Add(await SyncAsync(db.DirectoryTaxonomies, directory.Taxonomies ?? [], t => t.Code,
            t => new DirectoryTaxonomy { Code = t.Code, Name = t.Name, Description = t.Description },
            (entity, t) =>
            {
                entity.Name = t.Name;
                entity.Description = t.Description.Trim();
                entity.Uri = t.Uri;
                entity.Version = t.Version;
            }, now, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);

        var taxonomyIds = await db.DirectoryTaxonomies.ToDictionaryAsync(t => t.Code, t => t.Id, StringComparer.Ordinal, cancellationToken);
        var termItems = (directory.Taxonomies ?? []).SelectMany(t => (t.Terms ?? []).Select(term => (Taxonomy: t.Code, Term: term))).ToList();
        changes.Add(await SyncAsync(db.DirectoryTaxonomyTerms, termItems, t => t.Term.Code,
            t => new DirectoryTaxonomyTerm { Code = t.Term.Code, Name = t.Term.Name, Description = t.Term.Description },
            (entity, t) =>
            {
                entity.TaxonomyId = taxonomyIds[t.Taxonomy];
                entity.Name = t.Term.Name;
                entity.Description = t.Term.Description.Trim();
            }, now, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);

        var terms = await db.DirectoryTaxonomyTerms.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var (_, item) in termItems)
        {
            var parent = item.Parent is null ? (Guid?)null : terms[item.Parent].Id;
            if (terms[item.Code].ParentId != parent && !terms[item.Code].ManagedInHarbour)
            {
                terms[item.Code].ParentId = parent;
            }
        }

        var harbourOrganisations = await db.Organisations.ToDictionaryAsync(o => o.Code, o => o.Id, StringComparer.Ordinal, cancellationToken);
        changes.Add(await SyncAsync(db.DirectoryOrganisations, directory.Organisations ?? [], o => o.Code,
            o => new DirectoryOrganisation { Code = o.Code, Name = o.Name, Description = o.Description },
            (entity, o) =>
            {
                entity.Name = o.Name;
                entity.Description = o.Description.Trim();
                entity.Email = o.Email;
                entity.Website = o.Website;
                entity.HarbourOrganisationId = o.HarbourOrganisation is null ? null : harbourOrganisations[o.HarbourOrganisation];
            }, now, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);

        var organisationIds = await db.DirectoryOrganisations.ToDictionaryAsync(o => o.Code, o => o.Id, StringComparer.Ordinal, cancellationToken);
        changes.Add(await SyncAsync(db.DirectoryServices, directory.Services ?? [], s => s.Code,
            s => new DirectoryService { Code = s.Code, Name = s.Name, Description = s.Description },
            (entity, s) =>
            {
                entity.OrganisationId = organisationIds[s.Organisation];
                entity.Name = s.Name;
                entity.Description = s.Description.Trim();
                entity.Url = s.Url;
                entity.Email = s.Email;
                entity.Status = DirectoryText.ParseStatus(s.Status)!.Value;
                entity.Fees = s.Fees;
                entity.Accreditations = s.Accreditations;
                entity.MinimumAge = s.MinimumAge;
                entity.MaximumAge = s.MaximumAge;
                entity.Gender = DirectoryText.ParseGender(s.Gender);
                entity.EligibilityDescription = s.Eligibility?.Trim();
                entity.Alert = s.Alert;
                entity.LastCheckedOn = s.LastChecked;
                var details = SeededDetails(s, terms);
                if (!ServiceDetailsJson.AreEqual(entity.Details, details))
                {
                    entity.Details = details;
                }
            }, now, cancellationToken));
        return changes;
    }

    /// <summary>A seeded service's nested parts, with name-based ids so that loading the same file again changes nothing.</summary>
    private static ServiceDetails SeededDetails(DirectoryServiceItem s, Dictionary<string, DirectoryTaxonomyTerm> terms)
    {
        Guid Id(string part, int index) => DirectoryIds.For($"service/{s.Code}/{part}/{index}");
        return new ServiceDetails
        {
            IsNational = s.National,
            AreaCodes = [.. s.Areas ?? []],
            TaxonomyTermIds = (s.Needs ?? []).Select(n => terms[n].Id).ToList(),
            Phones = (s.Phones ?? []).Select((p, i) => new ServicePhone { Id = Id("phone", i), Number = p.Number, Description = p.Description }).ToList(),
            Contacts = (s.Contacts ?? []).Select((c, i) => new ServiceContact { Id = Id("contact", i), Name = c.Name, Title = c.Title }).ToList(),
            Schedules = (s.Schedules ?? []).Select((c, i) => new ServiceSchedule
            {
                Id = Id("schedule", i), ByDay = c.ByDay, Description = c.Description,
                OpensAt = c.OpensAt is null ? null : TimeOnly.Parse(c.OpensAt, System.Globalization.CultureInfo.InvariantCulture),
                ClosesAt = c.ClosesAt is null ? null : TimeOnly.Parse(c.ClosesAt, System.Globalization.CultureInfo.InvariantCulture),
            }).ToList(),
            Languages = (s.Languages ?? []).Select((l, i) => new ServiceLanguage { Id = Id("language", i), Code = l.Code, Name = l.Name }).ToList(),
            CostOptions = (s.Costs ?? []).Select((c, i) => new ServiceCost { Id = Id("cost", i), Option = c.Option, Amount = c.Amount, AmountDescription = c.Description }).ToList(),
            Funding = (s.Funding ?? []).Select((f, i) => new ServiceFunding { Id = Id("funding", i), Source = f }).ToList(),
            Locations = (s.Locations ?? []).Select((l, i) => new ServiceLocation
            {
                Id = Id("service-at-location", i), LocationId = Id("location", i), AddressId = Id("address", i), AccessibilityId = Id("accessibility", i),
                Name = l.Name, LocationType = l.Type, Description = l.Description, Latitude = l.Latitude, Longitude = l.Longitude,
                AddressLine1 = l.Address, City = l.City, County = l.County, Postcode = l.Postcode, Accessibility = l.Accessibility,
            }).ToList(),
        };
    }

    private static bool SyncAreas(Organisation organisation, List<string> wanted, Dictionary<string, Area> areasByCode)
    {
        var changed = false;
        foreach (var area in organisation.Areas.Where(a => !wanted.Contains(a.Code)).ToList())
        {
            organisation.Areas.Remove(area);
            changed = true;
        }

        foreach (var code in wanted.Where(code => organisation.Areas.All(a => a.Code != code)))
        {
            organisation.Areas.Add(areasByCode[code]);
            changed = true;
        }

        return changed;
    }

    private Task<ReferenceDataChange> SyncAsync<TEntity, TItem>(
        IQueryable<TEntity> existing,
        IReadOnlyList<TItem> items,
        Func<TItem, string> codeOf,
        Func<TItem, TEntity> create,
        Action<TEntity, TItem> apply,
        DateTime now,
        CancellationToken cancellationToken)
        where TEntity : ReferenceEntity =>
        SyncAsync(existing, items, codeOf, create, (entity, item) =>
        {
            apply(entity, item);
            return false;
        }, now, cancellationToken);

    /// <param name="apply">Copies the item onto the entity; returns true when it changed something EF's snapshot cannot see (relationships).</param>
    private async Task<ReferenceDataChange> SyncAsync<TEntity, TItem>(
        IQueryable<TEntity> existing,
        IReadOnlyList<TItem> items,
        Func<TItem, string> codeOf,
        Func<TItem, TEntity> create,
        Func<TEntity, TItem, bool> apply,
        DateTime now,
        CancellationToken cancellationToken)
        where TEntity : ReferenceEntity
    {
        var byCode = await existing.ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, cancellationToken);
        int added = 0, updated = 0, deactivated = 0;

        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var code = codeOf(item);
            if (!byCode.TryGetValue(code, out var entity))
            {
                entity = create(item);
                entity.Id = Guid.NewGuid();
                entity.SortOrder = index;
                entity.UpdatedAt = now;
                apply(entity, item);
                db.Add(entity);
                added++;
                continue;
            }

            if (entity.ManagedInHarbour)
            {
                byCode.Remove(code);
                continue;
            }

            var relationshipsChanged = apply(entity, item);
            entity.SortOrder = index;
            entity.IsActive = true;

            // EF compares against the loaded snapshot, so assigning an unchanged value does not count as a change.
            var entry = db.Entry(entity);
            entry.DetectChanges();
            if (entry.State == EntityState.Modified || relationshipsChanged)
            {
                entity.UpdatedAt = now;
                updated++;
            }

            byCode.Remove(code);
        }

        foreach (var removed in byCode.Values.Where(e => e.IsActive && !e.ManagedInHarbour))
        {
            removed.IsActive = false;
            removed.UpdatedAt = now;
            deactivated++;
        }

        return new ReferenceDataChange(typeof(TEntity).Name, added, updated, deactivated);
    }

    /// <summary>
    /// A new deployment starts with the strategy, terms of reference and members its file gives; once any exist,
    /// the coordinator keeps them in Harbour and the file is not read for them again.
    /// </summary>
    private async Task<ReferenceDataChange> StartGovernanceAsync(GovernanceItem? governance, DateTime now, CancellationToken cancellationToken)
    {
        var added = 0;
        if (governance?.Strategy is { } strategy && !await db.Strategies.AnyAsync(cancellationToken))
        {
            db.Strategies.Add(new Strategy
            {
                Id = Guid.NewGuid(), Title = strategy.Title, StartsOn = strategy.StartsOn, EndsOn = strategy.EndsOn, ReviewDueOn = strategy.ReviewDueOn, RecordedAt = now,
            });
            added++;
        }

        if (governance?.TermsOfReference is { } terms && !await db.TermsOfReference.AnyAsync(cancellationToken))
        {
            db.TermsOfReference.Add(new TermsOfReference
            {
                Id = Guid.NewGuid(), Version = 1, Text = terms.Text.Trim(), AgreedOn = terms.AgreedOn, ReviewDueOn = terms.ReviewDueOn, RecordedAt = now,
            });
            added++;
        }

        if (governance?.Members is { Count: > 0 } members && !await db.PartnershipMembers.AnyAsync(cancellationToken))
        {
            var organisations = await db.Organisations.ToDictionaryAsync(o => o.Code, o => o.Id, StringComparer.Ordinal, cancellationToken);
            foreach (var member in members)
            {
                db.PartnershipMembers.Add(new PartnershipMember
                {
                    Id = Guid.NewGuid(), OrganisationId = organisations[member.Organisation], JoinedOn = member.JoinedOn, ReviewDueOn = member.ReviewDueOn, UpdatedAt = now,
                });
                added++;
            }
        }

        return new ReferenceDataChange("governance starting point", added, 0, 0);
    }
}
