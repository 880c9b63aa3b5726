using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Accounts;

public sealed record NewUser(string Email, string DisplayName, string OrganisationCode, IReadOnlyList<string> Roles);

public sealed record InvitedUser(HarbourUser User, IReadOnlyList<string> Roles, string InvitationToken, DateTime ExpiresAt);

public sealed record UserSummary(Guid Id, string Email, string DisplayName, string OrganisationCode, string OrganisationName, IReadOnlyList<string> Roles, bool IsActive)
{
    public bool TwoFactorEnabled { get; init; }

    public DateTime? LockedOutUntil { get; init; }

    public bool HasAcceptedInvitation { get; init; }
}

/// <summary>Creates and lists staff accounts. New users get a one-time invitation instead of a password.</summary>
public sealed class UserService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public Task<InvitedUser> AddUserAsync(NewUser request, AuditActor actor, CancellationToken cancellationToken = default) =>
        AddUserAsync(request, actor, saveChanges: true, cancellationToken);

    /// <summary>With <paramref name="saveChanges"/> false the caller saves, as part of a larger change.</summary>
    public async Task<InvitedUser> AddUserAsync(NewUser request, AuditActor actor, bool saveChanges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var email = request.Email.Trim();
        if (!IsEmailAddress(email))
        {
            errors["Email"] = "Enter an email address in the correct format, like name@example.org";
        }
        else if (await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), cancellationToken))
        {
            errors["Email"] = "A user with this email address already exists";
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            errors["DisplayName"] = "Enter the user's full name";
        }

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Code == request.OrganisationCode && o.IsActive, cancellationToken);
        if (organisation is null)
        {
            errors["Organisation"] = "Select an organisation from the list";
        }

        var roles = ValidateRoles(request.Roles, organisation, errors);

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var user = new HarbourUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = request.DisplayName.Trim(),
            OrganisationId = organisation!.Id,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
            CreatedAt = now,
        };
        db.Users.Add(user);
        var roleIds = await db.Roles.Where(r => roles.Contains(r.Name!)).ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        foreach (var role in roles)
        {
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[role] });
        }

        var token = FirstAdministratorSetup.NewToken();
        var invitation = new UserInvitation
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            TokenHash = HashToken(token),
            CreatedAt = now,
            ExpiresAt = now + InvitationLifetime,
        };
        db.UserInvitations.Add(invitation);

        audit.Record(actor, "user.created", nameof(HarbourUser), user.Id.ToString(), reason: "Invited",
            after: new { user.Email, user.DisplayName, Organisation = organisation.Code, Roles = roles, InvitationExpiresAt = invitation.ExpiresAt });
        if (saveChanges)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new InvitedUser(user, roles, token, invitation.ExpiresAt);
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(string? organisationCode = null, string? role = null, CancellationToken cancellationToken = default)
    {
        var roleName = role is null ? null : HarbourRoles.Find(role) ?? role;
        var users = db.Users.AsNoTracking().Include(u => u.Organisation).AsQueryable();
        if (organisationCode is not null)
        {
            users = users.Where(u => u.Organisation!.Code == organisationCode);
        }

        if (roleName is not null)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }

        var list = await users.OrderBy(u => u.Organisation!.SortOrder).ThenBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var ids = list.Select(u => u.Id).ToList();
        var rolesByUser = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Name!);

        return list.Select(u => new UserSummary(
                u.Id, u.Email!, u.DisplayName, u.Organisation!.Code, u.Organisation.Name,
                HarbourRoles.All.Where(r => rolesByUser[u.Id].Contains(r)).ToList(), u.IsActive))
            .ToList();
    }

    /// <summary>One user in full, for the administrator's page. Reading it is audited: it is personal data.</summary>
    public async Task<UserSummary?> GetUserAsync(Guid userId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        audit.Record(actor, "user.read", nameof(HarbourUser), user.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new UserSummary(user.Id, user.Email!, user.DisplayName, user.Organisation!.Code, user.Organisation.Name,
            await RolesOfAsync(user.Id, cancellationToken), user.IsActive)
        {
            TwoFactorEnabled = user.TwoFactorEnabled,
            LockedOutUntil = user.LockoutEnd is { } end && end > time.GetUtcNow() ? end.UtcDateTime : null,
            HasAcceptedInvitation = user.PasswordHash is not null,
        };
    }

    public async Task ChangeRolesAsync(Guid userId, IReadOnlyList<string> requestedRoles, string? reason, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await db.Users.Include(u => u.Organisation).SingleAsync(u => u.Id == userId, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var roles = ValidateRoles(requestedRoles, user.Organisation, errors);
        var before = await RolesOfAsync(userId, cancellationToken);
        if (errors.Count == 0 && before.Contains(HarbourRoles.Administrator) && !roles.Contains(HarbourRoles.Administrator)
            && await IsLastActiveAdministratorAsync(userId, cancellationToken))
        {
            errors["Roles"] = "Harbour must keep at least one administrator. Give another user the Administrator role first";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        db.UserRoles.RemoveRange(db.UserRoles.Where(ur => ur.UserId == userId));
        foreach (var role in roles)
        {
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = userId, RoleId = roleIds[role] });
        }

        // A new stamp signs the user out everywhere, so their next request carries the new roles.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        audit.Record(actor, "user.roles-changed", nameof(HarbourUser), userId.ToString(), reason,
            before: new { Roles = before }, after: new { Roles = roles });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetActiveAsync(Guid userId, bool active, string? reason, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        if (user.IsActive == active)
        {
            return;
        }

        if (!active && userId == actor.UserId)
        {
            throw new ValidationFailedException("IsActive", "You cannot deactivate your own account");
        }

        if (!active && await IsLastActiveAdministratorAsync(userId, cancellationToken))
        {
            throw new ValidationFailedException("IsActive", "Harbour must keep at least one active administrator");
        }

        user.IsActive = active;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        audit.Record(actor, active ? "user.reactivated" : "user.deactivated", nameof(HarbourUser), userId.ToString(), reason,
            before: new { IsActive = !active }, after: new { IsActive = active });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// For a lost phone: turns two-factor sign-in off and forgets the authenticator key and recovery codes. The
    /// user must set up two-factor sign-in again before they can get in.
    /// </summary>
    public async Task ResetTwoFactorAsync(Guid userId, string? reason, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        var wasEnabled = user.TwoFactorEnabled;
        user.TwoFactorEnabled = false;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        db.UserTokens.RemoveRange(db.UserTokens.Where(t => t.UserId == userId));
        audit.Record(actor, "user.two-factor-reset", nameof(HarbourUser), userId.ToString(), reason,
            before: new { TwoFactorEnabled = wasEnabled }, after: new { TwoFactorEnabled = false });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A fresh one-time link, for an invitation that expired or a user who has forgotten their password. Earlier
    /// unused links stop working; the password changes only when the new link is used.
    /// </summary>
    public async Task<InvitedUser> ReinviteAsync(Guid userId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        if (!user.IsActive)
        {
            throw new ValidationFailedException("IsActive", "Reactivate the account before sending a new invitation");
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var earlier in await db.UserInvitations.Where(i => i.UserId == userId && i.UsedAt == null && i.ExpiresAt > now).ToListAsync(cancellationToken))
        {
            earlier.ExpiresAt = now;
        }

        var token = FirstAdministratorSetup.NewToken();
        var invitation = new UserInvitation { Id = Guid.NewGuid(), UserId = userId, TokenHash = HashToken(token), CreatedAt = now, ExpiresAt = now + InvitationLifetime };
        db.UserInvitations.Add(invitation);
        audit.Record(actor, "user.reinvited", nameof(HarbourUser), userId.ToString(), after: new { InvitationExpiresAt = invitation.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return new InvitedUser(user, await RolesOfAsync(userId, cancellationToken), token, invitation.ExpiresAt);
    }

    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static List<string> ValidateRoles(IReadOnlyList<string> requested, ReferenceData.Organisation? organisation, Dictionary<string, string> errors)
    {
        var roles = requested.Select(r => HarbourRoles.Find(r) ?? r).Distinct(StringComparer.Ordinal).ToList();
        var unknown = roles.Where(r => !HarbourRoles.All.Contains(r)).ToList();
        if (roles.Count == 0)
        {
            errors["Roles"] = "Select at least one role";
        }
        else if (unknown.Count > 0)
        {
            errors["Roles"] = $"There is no role called {string.Join(" or ", unknown)}";
        }
        else if (roles.Contains(HarbourRoles.FirstResponder) && organisation is { IsFirstResponderOrganisation: false })
        {
            errors["Roles"] = $"Only staff of a First Responder Organisation can be first responders, and {organisation.Name} is not one";
        }

        return HarbourRoles.All.Where(roles.Contains).ToList();
    }

    private async Task<IReadOnlyList<string>> RolesOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var names = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        return HarbourRoles.All.Where(names.Contains).ToList();
    }

    private async Task<bool> IsLastActiveAdministratorAsync(Guid userId, CancellationToken cancellationToken)
    {
        var administratorRoleId = await db.Roles.Where(r => r.Name == HarbourRoles.Administrator).Select(r => r.Id).SingleAsync(cancellationToken);
        return !await db.Users.AnyAsync(
            u => u.Id != userId && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == administratorRoleId),
            cancellationToken);
    }

    private static bool IsEmailAddress(string value) =>
        value.Length <= 256 && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
}
