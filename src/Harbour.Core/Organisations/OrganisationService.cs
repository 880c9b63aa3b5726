using System.Text.RegularExpressions;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Organisations;

public sealed record OrganisationDetails(string? Name, OrganisationType? Type, bool IsFirstResponderOrganisation, IReadOnlyList<string> AreaCodes);

/// <summary>
/// Partner organisations as administrators manage them. An organisation added or edited here becomes Harbour's
/// own: the reference data files no longer change it.
/// </summary>
public sealed partial class OrganisationService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public async Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Organisations.AsNoTracking().Include(o => o.Areas)
            .OrderByDescending(o => o.IsActive).ThenBy(o => o.Name).ToListAsync(cancellationToken);

    public Task<Organisation?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().Include(o => o.Areas).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<Organisation> AddAsync(OrganisationDetails details, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var areas = await ValidateAsync(details, null, cancellationToken);
        var code = await UniqueCodeAsync(details.Name!, cancellationToken);
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(),
            Code = code,
            Name = details.Name!.Trim(),
            Type = details.Type!.Value,
            IsFirstResponderOrganisation = details.IsFirstResponderOrganisation,
            Areas = areas,
            SortOrder = await db.Organisations.CountAsync(cancellationToken),
            UpdatedAt = time.GetUtcNow().UtcDateTime,
            ManagedInHarbour = true,
        };
        db.Organisations.Add(organisation);
        audit.Record(actor, "organisation.added", nameof(Organisation), organisation.Id.ToString(), after: Snapshot(organisation));
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }

    public async Task UpdateAsync(Guid id, OrganisationDetails details, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var organisation = await db.Organisations.Include(o => o.Areas).SingleAsync(o => o.Id == id, cancellationToken);
        var areas = await ValidateAsync(details, organisation, cancellationToken);
        var before = Snapshot(organisation);
        organisation.Name = details.Name!.Trim();
        organisation.Type = details.Type!.Value;
        organisation.IsFirstResponderOrganisation = details.IsFirstResponderOrganisation;
        organisation.Areas.Clear();
        organisation.Areas.AddRange(areas);
        organisation.ManagedInHarbour = true;
        organisation.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(actor, "organisation.updated", nameof(Organisation), organisation.Id.ToString(), before: before, after: Snapshot(organisation));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A deactivated organisation can take no new users or clients; its records and users are kept.</summary>
    public async Task SetActiveAsync(Guid id, bool active, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == id, cancellationToken);
        if (organisation.IsActive == active)
        {
            return;
        }

        organisation.IsActive = active;
        organisation.ManagedInHarbour = true;
        organisation.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(actor, active ? "organisation.reactivated" : "organisation.deactivated", nameof(Organisation), organisation.Id.ToString(),
            before: new { IsActive = !active }, after: new { IsActive = active });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<Area>> ValidateAsync(OrganisationDetails details, Organisation? existing, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = details.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors["Name"] = "Enter the organisation's name";
        }
        else if (name.Length > 200)
        {
            errors["Name"] = "Name must be 200 characters or fewer";
        }
        else if (await db.Organisations.AnyAsync(o => o.Name == name && (existing == null || o.Id != existing.Id), cancellationToken))
        {
            errors["Name"] = "An organisation with this name already exists";
        }

        if (details.Type is null)
        {
            errors["Type"] = "Select the type of organisation";
        }

        var areas = await db.Areas.Where(a => details.AreaCodes.Contains(a.Code)).ToListAsync(cancellationToken);
        if (areas.Count != details.AreaCodes.Distinct().Count())
        {
            errors["Areas"] = "Select only the areas listed";
        }

        if (existing is { IsFirstResponderOrganisation: true } && !details.IsFirstResponderOrganisation
            && await HasFirstRespondersAsync(existing.Id, cancellationToken))
        {
            errors["IsFirstResponderOrganisation"] =
                "Staff of this organisation hold the First responder role. Change their roles before removing First Responder Organisation status";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return areas;
    }

    private Task<bool> HasFirstRespondersAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(
            u => u.OrganisationId == organisationId
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Accounts.HarbourRoles.FirstResponder)),
            cancellationToken);

    private async Task<string> UniqueCodeAsync(string name, CancellationToken cancellationToken)
    {
        var stem = NonAlphanumeric().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        stem = stem.Length == 0 ? "organisation" : stem[..Math.Min(stem.Length, 60)];
        var code = stem;
        for (var suffix = 2; await db.Organisations.AnyAsync(o => o.Code == code, cancellationToken); suffix++)
        {
            code = $"{stem}-{suffix}";
        }

        return code;
    }

    private static object Snapshot(Organisation organisation) => new
    {
        organisation.Name,
        organisation.Type,
        organisation.IsFirstResponderOrganisation,
        Areas = organisation.Areas.Select(a => a.Code).Order(StringComparer.Ordinal).ToList(),
        organisation.IsActive,
    };

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
