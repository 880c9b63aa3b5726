using System.Security.Cryptography;
using System.Text;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Accounts;

public sealed record NewApiClient(string? Name, string? OrganisationCode, IReadOnlyList<string> Scopes, DateOnly? ExpiresOn);

/// <summary>The client and its bearer token; the token is never stored and cannot be shown again.</summary>
public sealed record CreatedApiClient(ApiClient Client, string BearerToken);

/// <summary>Partner systems' credentials for <c>/api/v1</c>.</summary>
public sealed class ApiClientService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public const string TokenPrefix = "hbr_";
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(366);

    public async Task<CreatedApiClient> CreateAsync(NewApiClient request, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors["Name"] = "Enter a name for the partner system";
        }
        else if (name.Length > 100)
        {
            errors["Name"] = "Name must be 100 characters or fewer";
        }

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Code == request.OrganisationCode && o.IsActive, cancellationToken);
        if (organisation is null)
        {
            errors["Organisation"] = "Select the organisation that runs the partner system";
        }

        var scopes = request.Scopes.Distinct(StringComparer.Ordinal).ToList();
        if (scopes.Count == 0)
        {
            errors["Scopes"] = "Select what the partner system may do";
        }
        else if (scopes.Any(s => !ApiScopes.All.ContainsKey(s)))
        {
            errors["Scopes"] = "Select only the permissions listed";
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (request.ExpiresOn is not { } expiresOn)
        {
            errors["ExpiresOn"] = "Enter the date the access ends";
        }
        else if (expiresOn <= today)
        {
            errors["ExpiresOn"] = "The date the access ends must be in the future";
        }
        else if (expiresOn > today.AddDays((int)MaximumLifetime.TotalDays))
        {
            errors["ExpiresOn"] = "The date the access ends must be within a year";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var secret = FirstAdministratorSetup.NewToken();
        var client = new ApiClient
        {
            Id = Guid.NewGuid(),
            Name = name,
            OrganisationId = organisation!.Id,
            Scopes = string.Join(' ', ApiScopes.All.Keys.Where(scopes.Contains)),
            SecretHash = Hash(secret),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedByUserId = actor.UserId,
            ExpiresAt = request.ExpiresOn!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        };
        db.ApiClients.Add(client);
        audit.Record(actor, "api-client.created", nameof(ApiClient), client.Id.ToString(),
            after: new { client.Name, Organisation = organisation.Code, client.Scopes, client.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiClient(client, $"{TokenPrefix}{client.Id:N}_{secret}");
    }

    public async Task RevokeAsync(Guid clientId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var client = await db.ApiClients.SingleAsync(c => c.Id == clientId, cancellationToken);
        if (client.RevokedAt is not null)
        {
            return;
        }

        client.RevokedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(actor, "api-client.revoked", nameof(ApiClient), client.Id.ToString(), after: new { client.RevokedAt });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.ApiClients.AsNoTracking().Include(c => c.Organisation).OrderBy(c => c.Name).ToListAsync(cancellationToken);

    /// <summary>The client a bearer token belongs to, if the token is genuine, unexpired and not revoked.</summary>
    public async Task<ApiClient?> AuthenticateAsync(string bearerToken, CancellationToken cancellationToken = default)
    {
        if (!bearerToken.StartsWith(TokenPrefix, StringComparison.Ordinal) || bearerToken.Length > 200)
        {
            return null;
        }

        var parts = bearerToken[TokenPrefix.Length..].Split('_', 2);
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var id))
        {
            return null;
        }

        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null || !client.IsUsableAt(time.GetUtcNow().UtcDateTime))
        {
            return null;
        }

        var presented = Encoding.ASCII.GetBytes(Hash(parts[1]));
        return CryptographicOperations.FixedTimeEquals(presented, Encoding.ASCII.GetBytes(client.SecretHash)) ? client : null;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
