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

public sealed record UserSummary(Guid Id, string Email, string DisplayName, string OrganisationCode, string OrganisationName, IReadOnlyList<string> Roles, bool IsActive);

/// <summary>Field-by-field problems with a request, in GOV.UK wording, keyed by the field they belong to.</summary>
public sealed class AccountValidationException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}

/// <summary>Creates and lists staff accounts. New users get a one-time invitation instead of a password.</summary>
public sealed class UserService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public async Task<InvitedUser> AddUserAsync(NewUser request, AuditActor actor, CancellationToken cancellationToken = default)
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

        var roles = request.Roles.Select(r => HarbourRoles.Find(r) ?? r).Distinct(StringComparer.Ordinal).ToList();
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

        if (errors.Count > 0)
        {
            throw new AccountValidationException(errors);
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

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
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
        await db.SaveChangesAsync(cancellationToken);
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

    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static bool IsEmailAddress(string value) =>
        value.Length <= 256 && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
}
