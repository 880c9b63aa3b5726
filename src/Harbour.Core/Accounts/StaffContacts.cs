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
        return await db.Users.AsNoTracking()
            .Where(u => (organisationId == Guid.Empty || u.OrganisationId == organisationId) && u.IsActive && u.Email != null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.Email)
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);
    }
}
