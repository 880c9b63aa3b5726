using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Accounts;

/// <summary>Who to email in an organisation: its active users holding a role.</summary>
public static class StaffContacts
{
    /// <summary>The organisation's users with the role; <see cref="Guid.Empty"/> for every organisation's (for partnership-wide roles).</summary>
    public static async Task<List<string>> EmailsAsync(HarbourDbContext db, Guid organisationId, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await WithRole(db, role)
            .Where(u => organisationId == Guid.Empty || u.OrganisationId == organisationId)
            .OrderBy(u => u.Email)
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The users with the role in each of several organisations, in one query.</summary>
    public static async Task<Dictionary<Guid, List<string>>> EmailsByOrganisationAsync(HarbourDbContext db, IReadOnlyCollection<Guid> organisationIds, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var users = await WithRole(db, role)
            .Where(u => organisationIds.Contains(u.OrganisationId))
            .OrderBy(u => u.Email)
            .Select(u => new { u.OrganisationId, Email = u.Email! })
            .ToListAsync(cancellationToken);
        return users.GroupBy(u => u.OrganisationId).ToDictionary(g => g.Key, g => g.Select(u => u.Email).ToList());
    }

    private static IQueryable<HarbourUser> WithRole(HarbourDbContext db, string role) =>
        db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Email != null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
}
