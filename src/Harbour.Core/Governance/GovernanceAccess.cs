using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Governance;

/// <summary>
/// Who may see and run each group's business. The partnership's is run by its coordinators; an action is also
/// open to the organisation that owns it. The Pursue group's meetings and actions exist only for its members:
/// anyone else is told nothing (a 404), coordinators included unless they are members.
/// </summary>
public static class GovernanceAccess
{
    public static bool IsCoordinator(UserScope user) => user?.IsIn(HarbourRoles.PartnershipCoordinator) == true;

    public static Task<bool> IsPursueMemberAsync(HarbourDbContext db, UserScope user, CancellationToken cancellationToken) =>
        db.PursueGroupMembers.AnyAsync(m => m.UserId == user.UserId, cancellationToken);

    /// <summary>Whether the user may add and change the group's actions and meetings.</summary>
    public static async Task<bool> CanRunAsync(HarbourDbContext db, PartnershipGroup group, UserScope user, CancellationToken cancellationToken) =>
        group == PartnershipGroup.Pursue ? await IsPursueMemberAsync(db, user, cancellationToken) : IsCoordinator(user);

    /// <summary>Throws unless the user may run the group's business: 404 for the Pursue group, 403 for the partnership.</summary>
    public static async Task EnsureCanRunAsync(HarbourDbContext db, PartnershipGroup group, UserScope user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (group == PartnershipGroup.Pursue)
        {
            if (!await IsPursueMemberAsync(db, user, cancellationToken))
            {
                throw new KeyNotFoundException("Not found.");
            }
        }
        else if (!IsCoordinator(user))
        {
            throw new UnauthorizedAccessException("Only partnership coordinators run the partnership's business.");
        }
    }

    /// <summary>Whether the user may see (and update) the action: coordinators and the owning organisation; for the Pursue group, its members.</summary>
    public static async Task<bool> CanSeeAsync(HarbourDbContext db, PlanAction action, UserScope user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(user);
        return action.Group == PartnershipGroup.Pursue
            ? await IsPursueMemberAsync(db, user, cancellationToken)
            : IsCoordinator(user) || action.OwnerOrganisationId == user.OrganisationId;
    }
}
