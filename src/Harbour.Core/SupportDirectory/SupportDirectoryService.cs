using System.Net.Mail;
using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.SupportDirectory;

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

        Text(errors, "Name", edit.Name, "Enter the name of the service", "Name", 200, required: true);
        Text(errors, "Description", edit.Description, "Enter what the service does", "Description", 2_000, required: true);
        Text(errors, "Eligibility", edit.Eligibility, "", "Who it is for", 1_000, required: false);
        Text(errors, "Phone", edit.Phone, "", "Phone number", 50, required: false);
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

    /// <summary>Whether an entry last checked on <paramref name="lastChecked"/> is due a check today.</summary>
    public static bool IsCheckDue(DateOnly lastChecked, DateOnly today) => lastChecked.AddMonths(CheckEveryMonths) <= today;

    private static void Text(Dictionary<string, string> errors, string field, string? value, string missing, string name, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = missing;
            }
        }
        else if (ConcernRules.TextProblem(value, name, maxLength) is { } problem)
        {
            errors[field] = problem;
        }
    }

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
