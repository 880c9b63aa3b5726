using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Governance;

public sealed record StrategyEdit(string? Title, DateOnly? StartsOn, DateOnly? EndsOn, DateOnly? ReviewDueOn);

public sealed record TermsOfReferenceEdit(string? Text, DateOnly? AgreedOn, DateOnly? ReviewDueOn);

/// <summary>
/// The strategy period and the terms of reference. A new strategy or a new version of the terms is recorded
/// alongside the old ones, so what was in force at any time can be shown; the newest is current.
/// </summary>
public sealed class StrategyService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public Task<Strategy?> CurrentStrategyAsync(CancellationToken cancellationToken = default) =>
        db.Strategies.AsNoTracking().OrderByDescending(s => s.StartsOn).ThenByDescending(s => s.RecordedAt).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Strategy>> StrategiesAsync(CancellationToken cancellationToken = default) =>
        await db.Strategies.AsNoTracking().OrderByDescending(s => s.StartsOn).ToListAsync(cancellationToken);

    public Task<TermsOfReference?> CurrentTermsAsync(CancellationToken cancellationToken = default) =>
        db.TermsOfReference.AsNoTracking().OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<TermsOfReference>> TermsHistoryAsync(CancellationToken cancellationToken = default) =>
        await db.TermsOfReference.AsNoTracking().OrderByDescending(t => t.Version).ToListAsync(cancellationToken);

    public async Task<Strategy> RecordStrategyAsync(StrategyEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        EnsureCoordinator(user);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, "Title", edit.Title, "Enter the strategy's title", "Title", 200);
        ConcernRules.Require(errors, "StartsOn", edit.StartsOn, "Enter the date the strategy starts");
        ConcernRules.Require(errors, "EndsOn", edit.EndsOn, "Enter the date the strategy ends");
        ConcernRules.Require(errors, "ReviewDueOn", edit.ReviewDueOn, "Enter the date the strategy is to be reviewed");
        if (edit is { StartsOn: { } starts, EndsOn: { } ends } && ends <= starts)
        {
            errors["EndsOn"] = "The end date must be after the start date";
        }

        if (edit is { StartsOn: { } from, ReviewDueOn: { } review } && review <= from)
        {
            errors["ReviewDueOn"] = "The review date must be after the start date";
        }

        ConcernRules.ThrowIfAny(errors);
        var strategy = new Strategy
        {
            Id = Guid.NewGuid(), Title = ConcernRules.Clean(edit.Title)!, StartsOn = edit.StartsOn!.Value, EndsOn = edit.EndsOn!.Value,
            ReviewDueOn = edit.ReviewDueOn!.Value, RecordedAt = Now, RecordedByUserId = user.UserId,
        };
        db.Strategies.Add(strategy);
        audit.Record(actor, "strategy.recorded", nameof(Strategy), strategy.Id.ToString(), after: new { strategy.Title, strategy.StartsOn, strategy.EndsOn, strategy.ReviewDueOn });
        await db.SaveChangesAsync(cancellationToken);
        return strategy;
    }

    /// <summary>Records a reviewed or changed version of the terms of reference as the next version.</summary>
    public async Task<TermsOfReference> RecordTermsAsync(TermsOfReferenceEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        EnsureCoordinator(user);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, "Text", edit.Text, "Enter the terms of reference", "Terms of reference", 50_000);
        ConcernRules.Require(errors, "AgreedOn", edit.AgreedOn, "Enter the date the partnership agreed them");
        ConcernRules.Require(errors, "ReviewDueOn", edit.ReviewDueOn, "Enter the date they are next to be reviewed");
        if (edit is { AgreedOn: { } agreed, ReviewDueOn: { } due } && due <= agreed)
        {
            errors["ReviewDueOn"] = "The review date must be after the date they were agreed";
        }

        ConcernRules.ThrowIfAny(errors);
        var previous = await CurrentTermsAsync(cancellationToken);
        var terms = new TermsOfReference
        {
            Id = Guid.NewGuid(), Version = (previous?.Version ?? 0) + 1, Text = ConcernRules.Clean(edit.Text)!, AgreedOn = edit.AgreedOn!.Value,
            ReviewDueOn = edit.ReviewDueOn!.Value, RecordedAt = Now, RecordedByUserId = user.UserId,
        };
        db.TermsOfReference.Add(terms);
        audit.Record(actor, "terms-of-reference.recorded", nameof(TermsOfReference), terms.Id.ToString(),
            before: previous is null ? null : new { previous.Version, previous.Text, previous.AgreedOn, previous.ReviewDueOn },
            after: new { terms.Version, terms.Text, terms.AgreedOn, terms.ReviewDueOn });
        await db.SaveChangesAsync(cancellationToken);
        return terms;
    }

    private static void EnsureCoordinator(UserScope user)
    {
        if (!GovernanceAccess.IsCoordinator(user))
        {
            throw new UnauthorizedAccessException("Only partnership coordinators keep the strategy and terms of reference.");
        }
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
