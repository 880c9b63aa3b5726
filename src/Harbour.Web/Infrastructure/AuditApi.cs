using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Harbour.Web.Infrastructure;

/// <summary><c>GET /api/v1/audit-events</c>: the audit trail for a partner's security monitoring system.</summary>
public static class AuditApi
{
    public const int MaximumLimit = 1000;

    public sealed record AuditEventDto(
        long Sequence, DateTime OccurredAt, Guid? UserId, Guid? OrganisationId, string Action, string? EntityType, string? EntityId,
        string? Reason, string? Before, string? After, string? ClientAddress, string PreviousHash, string Hash);

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/audit-events", GetAsync)
            .RequireAuthorization(HarbourPolicies.ApiScope(ApiScopes.AuditRead))
            .WithTags("Audit")
            .WithSummary("Audit events after a sequence number, oldest first, with their hash chain.");
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEventDto>>, ValidationProblem>> GetAsync(
        HttpContext context, AuditSearch search, long after = 0, int limit = 500)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (after < 0)
        {
            errors["after"] = ["after must be 0 or a sequence number"];
        }

        if (limit is < 1 or > MaximumLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {MaximumLimit}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var client = context.User.FindFirst(HarbourClaims.ApiClientId)?.Value;
        var events = await search.AfterAsync(after, limit, context.Actor(), $"API client {client}", context.RequestAborted);
        return TypedResults.Ok<IReadOnlyList<AuditEventDto>>(events.Select(e => new AuditEventDto(
            e.Sequence, e.OccurredAt, e.UserId, e.OrganisationId, e.Action, e.EntityType, e.EntityId, e.Reason, e.Before, e.After,
            e.ClientAddress, e.PreviousHash, e.Hash)).ToList());
    }
}
