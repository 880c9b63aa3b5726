using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.SupportDirectory.OpenReferral;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.SupportDirectory;

public sealed record DirectoryImportResult(int Added, int Updated);

/// <summary>What a coordinator can change about a service.</summary>
public sealed record ServiceEdit(
    Guid? OrganisationId,
    string? Name,
    string? Description,
    string? Url,
    string? Email,
    string? Phone,
    ServiceStatus? Status,
    int? MinimumAge,
    int? MaximumAge,
    EligibleGender? Gender,
    string? Eligibility,
    bool IsNational,
    IReadOnlyList<string> AreaCodes,
    IReadOnlyList<string> NeedCodes);

/// <summary>
/// The support directory in the database: a cheap version check, the whole catalogue when it has changed, and the
/// coordinators' edits. A service added or edited here is Harbour's from then on: the reference file no longer
/// changes it. Entries unchecked for 12 months are due a check.
/// </summary>
public sealed class SupportDirectoryService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public const int CheckEveryMonths = 12;

    public async Task<DirectoryService> SaveAsync(Guid? id, ServiceEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(user);
        var service = id is { } existing
            ? await db.DirectoryServices.SingleOrDefaultAsync(s => s.Id == existing, cancellationToken) ?? throw new KeyNotFoundException($"No service {existing}.")
            : null;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (edit.OrganisationId is null || !await db.DirectoryOrganisations.AnyAsync(o => o.Id == edit.OrganisationId, cancellationToken))
        {
            errors["OrganisationId"] = "Select the organisation that runs the service";
        }

        ConcernRules.CheckText(errors, "Name", edit.Name, "Enter the name of the service", "Name", 200);
        ConcernRules.CheckText(errors, "Description", edit.Description, "Enter what the service does", "Description", 2_000);
        ConcernRules.CheckText(errors, "Eligibility", edit.Eligibility, null, "Who it is for", 1_000);
        ConcernRules.CheckText(errors, "Phone", edit.Phone, null, "Phone number", 50);
        if (edit.Url is { Length: > 0 } url && !(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors["Website"] = "Enter the website address in the correct format, like https://www.example.org";
        }

        if (edit.Email is { Length: > 0 } email && !MailAddress.TryCreate(email.Trim(), out _))
        {
            errors["Email"] = "Enter an email address in the correct format, like name@example.org";
        }

        if (edit.Status is null)
        {
            errors["Status"] = "Select whether the service is open";
        }

        if (edit.MinimumAge is < 0 or > 120)
        {
            errors["MinimumAge"] = "Minimum age must be between 0 and 120";
        }

        if (edit.MaximumAge is < 0 or > 120)
        {
            errors["MaximumAge"] = "Maximum age must be between 0 and 120";
        }
        else if (edit.MinimumAge > edit.MaximumAge)
        {
            errors["MaximumAge"] = "Maximum age must be the same as or more than the minimum age";
        }

        var areas = await db.Areas.Where(a => edit.AreaCodes.Contains(a.Code)).Select(a => a.Code).ToListAsync(cancellationToken);
        if (!edit.IsNational && areas.Count == 0)
        {
            errors["Areas"] = "Select the areas the service covers, or that it is UK-wide";
        }

        var terms = await db.DirectoryTaxonomyTerms.Where(t => edit.NeedCodes.Contains(t.Code)).Select(t => t.Id).ToListAsync(cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var now = Now;
        var before = service is null ? null : Snapshot(service);
        if (service is null)
        {
            service = new DirectoryService
            {
                Id = Guid.NewGuid(), Code = $"harbour-{Guid.NewGuid():N}"[..24], Name = "", Description = "", LastCheckedOn = Today,
                SortOrder = int.MaxValue,
            };
            db.DirectoryServices.Add(service);
        }

        service.OrganisationId = edit.OrganisationId!.Value;
        service.Name = ConcernRules.Clean(edit.Name)!;
        service.Description = ConcernRules.Clean(edit.Description)!;
        service.Url = ConcernRules.Clean(edit.Url);
        service.Email = ConcernRules.Clean(edit.Email);
        service.Status = edit.Status!.Value;
        service.MinimumAge = edit.MinimumAge;
        service.MaximumAge = edit.MaximumAge;
        service.Gender = edit.Gender;
        service.EligibilityDescription = ConcernRules.Clean(edit.Eligibility);
        var details = ServiceDetailsJson.Deserialize(ServiceDetailsJson.Serialize(service.Details));
        details.IsNational = edit.IsNational;
        details.AreaCodes = edit.IsNational ? [] : areas;
        details.TaxonomyTermIds = terms;
        var phone = ConcernRules.Clean(edit.Phone);
        details.Phones = phone is null ? [] : [new ServicePhone { Id = details.Phones.FirstOrDefault()?.Id ?? Guid.NewGuid(), Number = phone, Description = details.Phones.FirstOrDefault()?.Description }];
        service.Details = details;
        service.ManagedInHarbour = true;
        service.IsActive = true;
        service.UpdatedAt = now;
        audit.Record(actor, before is null ? "directory.service-added" : "directory.service-changed", nameof(DirectoryService), service.Id.ToString(), before: before, after: Snapshot(service));
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    /// <summary>Someone has confirmed the entry is right: the 12-month clock starts again.</summary>
    public async Task MarkCheckedAsync(Guid id, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var service = await db.DirectoryServices.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"No service {id}.");
        var before = service.LastCheckedOn;
        service.LastCheckedOn = Today;
        service.ManagedInHarbour = true;
        service.UpdatedAt = Now;
        audit.Record(actor, "directory.service-checked", nameof(DirectoryService), id.ToString(), before: new { LastCheckedOn = before }, after: new { service.LastCheckedOn });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The whole directory as Open Referral UK JSON: an array of fully nested services, as /services/{id} gives them.</summary>
    public async Task<IReadOnlyList<OrukService>> ExportAsync(CancellationToken cancellationToken = default)
    {
        var catalogue = await LoadAsync(cancellationToken);
        return catalogue.Services.Select(s => OrukMapper.Service(s, catalogue)).ToList();
    }

    /// <summary>
    /// Reads an Open Referral UK JSON file (an array of nested services) and adds or updates its organisations,
    /// needs and services, matched by id. The whole file is checked first: one bad service and nothing is saved.
    /// </summary>
    public async Task<DirectoryImportResult> ImportAsync(Stream json, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        List<ImportService>? services;
        try
        {
            services = await JsonSerializer.DeserializeAsync<List<ImportService>>(json, OrukImportJson.Options, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new ValidationFailedException("File", $"The file is not Open Referral UK JSON: {exception.Message}");
        }

        if (services is null || services.Count == 0)
        {
            throw new ValidationFailedException("File", "The file has no services in it: it should be a JSON array of services");
        }

        var problems = new List<string>();
        for (var i = 0; i < services.Count; i++)
        {
            var service = services[i];
            var label = $"Service {i + 1}{(string.IsNullOrWhiteSpace(service.Name) ? "" : $" ({service.Name})")}";
            if (service.Id is null)
            {
                problems.Add($"{label} has no id");
            }

            if (string.IsNullOrWhiteSpace(service.Name))
            {
                problems.Add($"{label} has no name");
            }

            if (DirectoryText.ParseStatus(service.Status) is null)
            {
                problems.Add($"{label} has no status, or one that is not active, inactive, defunct or temporarily closed");
            }

            if (service.Organization is not { Id: not null } organisation || string.IsNullOrWhiteSpace(organisation.Name))
            {
                problems.Add($"{label} has no organization with an id and a name");
            }
        }

        if (problems.Count > 0)
        {
            throw new ValidationFailedException("File", string.Join(". ", problems.Take(5)) + (problems.Count > 5 ? $" (and {problems.Count - 5} more)" : ""));
        }

        var now = Now;
        var areas = await db.Areas.Where(a => a.IsActive).ToListAsync(cancellationToken);
        var organisations = await db.DirectoryOrganisations.ToDictionaryAsync(o => o.Id, cancellationToken);
        var terms = await db.DirectoryTaxonomyTerms.ToDictionaryAsync(t => t.Id, cancellationToken);
        var taxonomies = await db.DirectoryTaxonomies.ToDictionaryAsync(t => t.Id, cancellationToken);
        var existing = await db.DirectoryServices.ToDictionaryAsync(s => s.Id, cancellationToken);
        int added = 0, updated = 0;
        foreach (var item in services)
        {
            var organisationItem = item.Organization!;
            if (!organisations.TryGetValue(organisationItem.Id!.Value, out var organisation))
            {
                organisation = new DirectoryOrganisation
                {
                    Id = organisationItem.Id.Value, Code = $"oruk-{organisationItem.Id.Value:N}", Name = "", Description = "", ManagedInHarbour = true, UpdatedAt = now,
                };
                db.DirectoryOrganisations.Add(organisation);
                organisations[organisation.Id] = organisation;
            }

            organisation.Name = organisationItem.Name!.Trim();
            organisation.Description = organisationItem.Description?.Trim() ?? organisation.Description;
            organisation.Email = organisationItem.Email ?? organisation.Email;
            organisation.Website = organisationItem.Website ?? organisation.Website;

            var termIds = new List<Guid>();
            foreach (var term in (item.Attributes ?? []).Select(a => a.TaxonomyTerm).Where(t => t?.Id is not null && !string.IsNullOrWhiteSpace(t.Name)))
            {
                if (!terms.ContainsKey(term!.Id!.Value))
                {
                    var taxonomyId = term.TaxonomyId ?? DirectoryIds.For($"taxonomy/{term.Taxonomy ?? "imported"}");
                    if (!taxonomies.ContainsKey(taxonomyId))
                    {
                        var taxonomy = new DirectoryTaxonomy
                        {
                            Id = taxonomyId, Code = $"oruk-{taxonomyId:N}", Name = term.Taxonomy ?? "Imported", Description = "Imported from an Open Referral UK file",
                            ManagedInHarbour = true, UpdatedAt = now,
                        };
                        db.DirectoryTaxonomies.Add(taxonomy);
                        taxonomies[taxonomyId] = taxonomy;
                    }

                    var created = new DirectoryTaxonomyTerm
                    {
                        Id = term.Id.Value, Code = term.Term ?? $"oruk-{term.Id.Value:N}", TaxonomyId = taxonomyId, Name = term.Name!, Description = term.Description ?? term.Name!,
                        ManagedInHarbour = true, UpdatedAt = now, SortOrder = terms.Count,
                    };
                    if (terms.Values.Any(t => t.Code == created.Code))
                    {
                        created.Code = $"oruk-{term.Id.Value:N}";
                    }

                    db.DirectoryTaxonomyTerms.Add(created);
                    terms[created.Id] = created;
                }

                termIds.Add(term.Id.Value);
            }

            if (!existing.TryGetValue(item.Id!.Value, out var service))
            {
                service = new DirectoryService { Id = item.Id.Value, Code = $"oruk-{item.Id.Value:N}", Name = "", Description = "", SortOrder = existing.Count };
                db.DirectoryServices.Add(service);
                existing[service.Id] = service;
                added++;
            }
            else
            {
                updated++;
            }

            var national = (item.ServiceAreas ?? []).Any(a => a.Name is "United Kingdom" or "UK" or "England" || a.Extent == "national");
            service.OrganisationId = organisation.Id;
            service.Name = item.Name!.Trim();
            service.Description = item.Description?.Trim() ?? "";
            service.Url = item.Url;
            service.Email = item.Email;
            service.Status = DirectoryText.ParseStatus(item.Status)!.Value;
            service.Fees = item.Fees;
            service.Accreditations = item.Accreditations;
            service.MinimumAge = item.MinimumAge is { } min ? (int)min : null;
            service.MaximumAge = item.MaximumAge is { } max ? (int)max : null;
            service.Gender = DirectoryText.ParseGender(item.Gender);
            service.EligibilityDescription = item.EligibilityDescription;
            service.Alert = item.Alert;
            service.LastCheckedOn = DateOnly.TryParse(item.AssuredDate, CultureInfo.InvariantCulture, out var assured) ? assured : Today;
            service.Details = new ServiceDetails
            {
                IsNational = national,
                AreaCodes = national ? [] : (item.ServiceAreas ?? [])
                    .Select(a => areas.FirstOrDefault(x => x.Code == a.Extent || string.Equals(x.Name, a.Name, StringComparison.OrdinalIgnoreCase))?.Code)
                    .OfType<string>().Distinct().ToList(),
                TaxonomyTermIds = termIds,
                Phones = (item.Phones ?? []).Where(p => p.Number is not null).Select(p => new ServicePhone { Id = p.Id ?? Guid.NewGuid(), Number = p.Number!, Description = p.Description }).ToList(),
                Contacts = (item.Contacts ?? []).Select(c => new ServiceContact { Id = c.Id ?? Guid.NewGuid(), Name = c.Name, Title = c.Title }).ToList(),
                Schedules = (item.Schedules ?? []).Select(x => new ServiceSchedule
                {
                    Id = x.Id ?? Guid.NewGuid(), Freq = x.Freq ?? "WEEKLY", ByDay = x.Byday, OpensAt = OrukImportJson.Time(x.OpensAt), ClosesAt = OrukImportJson.Time(x.ClosesAt), Description = x.Description,
                }).ToList(),
                Languages = (item.Languages ?? []).Select(l => new ServiceLanguage { Id = l.Id ?? Guid.NewGuid(), Code = l.Code ?? "", Name = l.Name ?? l.Code ?? "" }).ToList(),
                CostOptions = (item.CostOptions ?? []).Select(c => new ServiceCost { Id = c.Id ?? Guid.NewGuid(), Option = c.Option ?? "", Amount = c.Amount, AmountDescription = c.AmountDescription }).ToList(),
                Funding = (item.Funding ?? []).Where(f => f.Source is not null).Select(f => new ServiceFunding { Id = f.Id ?? Guid.NewGuid(), Source = f.Source! }).ToList(),
                Locations = (item.ServiceAtLocations ?? []).Where(l => l.Location is not null).Select(l =>
                {
                    var location = l.Location!;
                    var address = location.Addresses?.FirstOrDefault();
                    var access = location.Accessibility?.FirstOrDefault();
                    return new ServiceLocation
                    {
                        Id = l.Id ?? Guid.NewGuid(), LocationId = location.Id ?? Guid.NewGuid(), AddressId = address?.Id ?? Guid.NewGuid(), AccessibilityId = access?.Id ?? Guid.NewGuid(),
                        Name = location.Name ?? "", LocationType = location.LocationType ?? "physical", Description = location.Description, Latitude = location.Latitude,
                        Longitude = location.Longitude, AddressLine1 = address?.Address1, City = address?.City, County = string.IsNullOrEmpty(address?.StateProvince) ? null : address.StateProvince,
                        Postcode = address?.PostalCode, Accessibility = access?.Description,
                    };
                }).ToList(),
            };
            service.IsActive = true;
            service.ManagedInHarbour = true;
            service.UpdatedAt = now;
        }

        var result = new DirectoryImportResult(added, updated);
        audit.Record(actor, "directory.imported", nameof(DirectoryService), null, after: result);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>Whether an entry last checked on <paramref name="lastChecked"/> is due a check today.</summary>
    public static bool IsCheckDue(DateOnly lastChecked, DateOnly today) => lastChecked.AddMonths(CheckEveryMonths) <= today;


    private static object Snapshot(DirectoryService s) => new
    {
        s.OrganisationId, s.Name, s.Description, s.Url, s.Email, s.Status, s.MinimumAge, s.MaximumAge, s.Gender, s.EligibilityDescription,
        s.Details.IsNational, s.Details.AreaCodes, s.Details.TaxonomyTermIds, Phones = s.Details.Phones.Select(p => p.Number).ToList(),
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

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
