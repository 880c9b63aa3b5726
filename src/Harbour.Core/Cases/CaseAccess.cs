using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Cases;

/// <summary>The one rule for changing a case from another service: need to know and a case-work role, or 404 (break glass gives a read, never a change).</summary>
public static class CaseAccess
{
    public static async Task<Case> ForChangeAsync(IQueryable<Case> query, UserScope user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var @case = await query.Include(c => c.Shares).SingleOrDefaultAsync(cancellationToken);
        if (@case is null || !RecordAccess.IsWithinScope(user, @case) || !HarbourRoles.CaseWork.Any(user.IsIn))
        {
            throw new KeyNotFoundException("No case that this user can change.");
        }

        return @case;
    }
}
