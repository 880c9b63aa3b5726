using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Accounts;

/// <summary>Turns a one-time invitation link into a password; two-factor set-up follows straight after.</summary>
public sealed class InvitationService(HarbourDbContext db, TimeProvider time, AuditLog audit, IPasswordHasher<HarbourUser> hasher)
{
    /// <summary>The invited user, if the token is current, unused and their account active; otherwise null.</summary>
    public async Task<HarbourUser?> FindInvitedUserAsync(string token, CancellationToken cancellationToken = default) =>
        (await FindInvitationAsync(token, cancellationToken))?.User;

    public async Task<HarbourUser> AcceptAsync(string token, string? password, string? confirmation, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var invitation = await FindInvitationAsync(token, cancellationToken)
            ?? throw new ValidationFailedException("Token", "This invitation link has expired or has already been used. Ask your Harbour administrator for a new one");
        var user = invitation.User!;
        var problem = PasswordPolicy.Problem(password, user.DisplayName, user.Email);
        if (problem is null && password != confirmation)
        {
            throw new ValidationFailedException("ConfirmPassword", "Enter the same password twice");
        }

        if (problem is not null)
        {
            throw new ValidationFailedException("Password", problem);
        }

        invitation.UsedAt = time.GetUtcNow().UtcDateTime;
        user.PasswordHash = hasher.HashPassword(user, password!);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.EmailConfirmed = true;
        audit.Record(actor with { UserId = user.Id, OrganisationId = user.OrganisationId }, "invitation.accepted", nameof(HarbourUser), user.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    private async Task<UserInvitation?> FindInvitationAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = UserService.HashToken(token);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.UserInvitations.Include(i => i.User)
            .SingleOrDefaultAsync(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now && i.User!.IsActive, cancellationToken);
    }
}
