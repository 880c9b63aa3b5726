using System.Buffers.Text;
using System.Security.Cryptography;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Accounts;

public sealed record NewAdministrator(string? DisplayName, string? Email, string? OrganisationCode, string? Password, string? ConfirmPassword);

/// <summary>
/// How a new Harbour gets its first administrator without any default password: while there are no users,
/// each start issues a random one-time setup link valid for 24 hours, and the page it opens creates the
/// administrator. Once any user exists the links stop working.
/// </summary>
public sealed class FirstAdministratorSetup(HarbourDbContext db, TimeProvider time, AuditLog audit, IPasswordHasher<HarbourUser> hasher)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(24);

    /// <summary>A new setup token if Harbour has no users yet; null once it has.</summary>
    public async Task<string?> IssueTokenIfNoUsersAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return null;
        }

        var token = NewToken();
        var now = time.GetUtcNow().UtcDateTime;
        var setupToken = new SetupToken { Id = Guid.NewGuid(), TokenHash = UserService.HashToken(token), CreatedAt = now, ExpiresAt = now + TokenLifetime };
        db.SetupTokens.Add(setupToken);
        audit.Record(AuditActor.System, "setup.token-issued", nameof(SetupToken), setupToken.Id.ToString(), after: new { setupToken.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<bool> IsUsableAsync(string? token, CancellationToken cancellationToken = default) =>
        await FindUsableAsync(token, cancellationToken) is not null;

    public async Task<HarbourUser> CreateAdministratorAsync(string? token, NewAdministrator request, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var setupToken = await FindUsableAsync(token, cancellationToken)
            ?? throw new ValidationFailedException("Token", "This setup link has expired or has already been used. Restart Harbour to get a new one");

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var passwordProblem = PasswordPolicy.Problem(request.Password, request.DisplayName, request.Email);
        if (passwordProblem is not null)
        {
            errors["Password"] = passwordProblem;
        }
        else if (request.Password != request.ConfirmPassword)
        {
            errors["ConfirmPassword"] = "Enter the same password twice";
        }

        var userService = new UserService(db, time, audit);
        InvitedUser created;
        try
        {
            created = await userService.AddUserAsync(
                new NewUser(request.Email ?? "", request.DisplayName ?? "", request.OrganisationCode ?? "", [HarbourRoles.Administrator]),
                actor, saveChanges: false, cancellationToken);
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, message) in invalid.Errors)
            {
                errors.TryAdd(field, message);
            }

            throw new ValidationFailedException(errors);
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new ValidationFailedException(errors);
        }

        var user = created.User;
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        user.EmailConfirmed = true;
        // The administrator sets their password here, so the invitation AddUser made is spent at once.
        var invitation = db.UserInvitations.Local.Single(i => i.UserId == user.Id);
        var now = time.GetUtcNow().UtcDateTime;
        invitation.UsedAt = now;
        setupToken.UsedAt = now;
        audit.Record(actor with { UserId = user.Id, OrganisationId = user.OrganisationId }, "setup.first-administrator-created",
            nameof(HarbourUser), user.Id.ToString(), after: new { user.Email, user.DisplayName });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    private async Task<SetupToken?> FindUsableAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100 || await db.Users.AnyAsync(cancellationToken))
        {
            return null;
        }

        var hash = UserService.HashToken(token);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.SetupTokens.SingleOrDefaultAsync(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now, cancellationToken);
    }

    /// <summary>256 random bits, URL-safe: for setup links, invitations and API client secrets.</summary>
    internal static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
