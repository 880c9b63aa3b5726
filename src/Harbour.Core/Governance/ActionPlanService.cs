using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Governance;

public sealed record ActionEdit(
    string? Title,
    string? Description,
    Guid? ObjectiveId,
    IReadOnlyList<string> FourPCodes,
    Guid? OwnerOrganisationId,
    string? OwnerName,
    DateOnly? DueOn,
    Guid? AgreedAtMeetingId = null);

public sealed record ActionUpdateEdit(string? Text, Rag? Rag, bool Completed);

/// <summary>The ways to look at the action plan that the coordinator and owners asked for.</summary>
public enum ActionView
{
    ByObjective,
    ByOwner,
    Overdue,
    NoUpdateThisQuarter,
    Completed,
}

/// <summary>An action with what the lists need about it: its latest update and whether it is late.</summary>
public sealed record ActionSummary(PlanAction Action, string ObjectiveTitle, int ObjectiveNumber, string OwnerOrganisation, ActionUpdate? LatestUpdate, bool IsOverdue, bool UpdatedThisQuarter);

/// <summary>
/// The action plan: actions under the strategic objectives, owned by member organisations, with quarterly
/// updates (text and RAG) kept as history. Coordinators see and run the partnership's whole plan; an owning
/// organisation sees and updates its own actions; the Pursue group's actions are for its members only.
/// </summary>
public sealed class ActionPlanService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public CalendarQuarter CurrentQuarter => CalendarQuarter.Of(Today);

    public Task<bool> CanRunAsync(PartnershipGroup group, UserScope user, CancellationToken cancellationToken = default) =>
        GovernanceAccess.CanRunAsync(db, group, user, cancellationToken);

    public Task EnsureCanRunAsync(PartnershipGroup group, UserScope user, CancellationToken cancellationToken = default) =>
        GovernanceAccess.EnsureCanRunAsync(db, group, user, cancellationToken);

    /// <summary>The actions of a group the user may see, in the order and subset the view asks for.</summary>
    public async Task<IReadOnlyList<ActionSummary>> ListAsync(PartnershipGroup group, ActionView view, UserScope user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var query = db.PlanActions.AsNoTracking().Include(a => a.Updates).Where(a => a.Group == group);
        if (group == PartnershipGroup.Pursue)
        {
            if (!await GovernanceAccess.IsPursueMemberAsync(db, user, cancellationToken))
            {
                throw new KeyNotFoundException("Not found.");
            }
        }
        else if (!GovernanceAccess.IsCoordinator(user))
        {
            query = query.Where(a => a.OwnerOrganisationId == user.OrganisationId);
        }

        var summaries = await SummariseAsync(await query.AsSplitQuery().ToListAsync(cancellationToken), cancellationToken);
        var filtered = view switch
        {
            ActionView.Overdue => summaries.Where(s => s.IsOverdue),
            ActionView.NoUpdateThisQuarter => summaries.Where(s => s.Action.State == ActionState.Open && !s.UpdatedThisQuarter),
            ActionView.Completed => summaries.Where(s => s.Action.State == ActionState.Completed),
            _ => summaries,
        };
        return view == ActionView.ByOwner
            ? [.. filtered.OrderBy(s => s.OwnerOrganisation, StringComparer.Ordinal).ThenBy(s => s.Action.OwnerName, StringComparer.Ordinal).ThenBy(s => s.Action.DueOn)]
            : [.. filtered.OrderBy(s => s.ObjectiveNumber).ThenBy(s => s.Action.Number)];
    }

    /// <summary>Every action of the partnership, for the annual report and the meeting agenda (no user filter: callers are coordinators).</summary>
    public async Task<IReadOnlyList<ActionSummary>> AllAsync(PartnershipGroup group, CancellationToken cancellationToken = default) =>
        await SummariseAsync(await db.PlanActions.AsNoTracking().Include(a => a.Updates).Where(a => a.Group == group).AsSplitQuery().ToListAsync(cancellationToken), cancellationToken);

    public async Task<ActionSummary> GetAsync(Guid id, UserScope user, CancellationToken cancellationToken = default)
    {
        var action = await db.PlanActions.AsNoTracking().Include(a => a.Updates).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null || !await GovernanceAccess.CanSeeAsync(db, action, user, cancellationToken))
        {
            throw new KeyNotFoundException($"No action {id}.");
        }

        return (await SummariseAsync([action], cancellationToken))[0];
    }

    public async Task<PlanAction> AddAsync(PartnershipGroup group, ActionEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await GovernanceAccess.EnsureCanRunAsync(db, group, user, cancellationToken);
        await ValidateAsync(edit, cancellationToken);
        var number = (await db.PlanActions.Where(a => a.Group == group).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0) + 1;
        var action = new PlanAction { Id = Guid.NewGuid(), Group = group, Number = number, Title = "", OwnerName = "", CreatedAt = Now };
        Apply(action, edit);
        action.AgreedAtMeetingId = edit.AgreedAtMeetingId;
        db.PlanActions.Add(action);
        audit.Record(actor, "action.added", nameof(PlanAction), action.Id.ToString(), after: Snapshot(action));
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    public async Task<PlanAction> ChangeAsync(Guid id, ActionEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"No action {id}.");
        if (!await GovernanceAccess.CanSeeAsync(db, action, user, cancellationToken))
        {
            throw new KeyNotFoundException($"No action {id}.");
        }

        await GovernanceAccess.EnsureCanRunAsync(db, action.Group, user, cancellationToken);
        await ValidateAsync(edit, cancellationToken);
        var before = Snapshot(action);
        Apply(action, edit);
        audit.Record(actor, "action.changed", nameof(PlanAction), action.Id.ToString(), before: before, after: Snapshot(action));
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>The owner's (or coordinator's) update for this quarter: its text and RAG become the action's latest; "completed" closes it.</summary>
    public async Task<ActionUpdate> RecordUpdateAsync(Guid id, ActionUpdateEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(user);
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"No action {id}.");
        if (!await GovernanceAccess.CanSeeAsync(db, action, user, cancellationToken))
        {
            throw new KeyNotFoundException($"No action {id}.");
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, "Text", edit.Text, "Enter what has happened this quarter", "Update", 5_000);
        if (edit.Rag is null)
        {
            errors["Rag"] = "Select the action's RAG status";
        }

        ConcernRules.ThrowIfAny(errors);
        var before = Snapshot(action);
        var quarter = CurrentQuarter;
        var name = await db.Users.Where(u => u.Id == user.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var update = new ActionUpdate
        {
            Id = Guid.NewGuid(), ActionId = action.Id, Year = quarter.Year, QuarterNumber = quarter.Number, Text = ConcernRules.Clean(edit.Text)!,
            Rag = edit.Rag!.Value, Completed = edit.Completed, RecordedAt = Now, RecordedByUserId = user.UserId, RecordedByName = name,
        };
        db.ActionUpdates.Add(update);
        action.Rag = update.Rag;
        (action.State, action.CompletedOn) = edit.Completed ? (ActionState.Completed, action.CompletedOn ?? Today) : (ActionState.Open, (DateOnly?)null);
        action.UpdatedAt = Now;
        audit.Record(actor, "action.updated", nameof(PlanAction), action.Id.ToString(), before: before,
            after: new { update.Year, update.QuarterNumber, update.Text, update.Rag, update.Completed, action.State });
        await db.SaveChangesAsync(cancellationToken);
        return update;
    }

    private async Task ValidateAsync(ActionEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        // Checked in the order of the form, so the error summary reads down the page.
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, "Title", edit.Title, "Enter the action", "Action", 300);
        ConcernRules.CheckText(errors, "Description", edit.Description, null, "Description", 5_000);
        if (edit.ObjectiveId is not { } objective || !await db.StrategicObjectives.AnyAsync(o => o.Id == objective && o.IsActive, cancellationToken))
        {
            errors["ObjectiveId"] = "Select the strategic objective it delivers";
        }

        var strands = await db.FourPStrands.Where(p => p.IsActive).Select(p => p.Code).ToListAsync(cancellationToken);
        if (edit.FourPCodes.Count == 0 || edit.FourPCodes.Any(c => !strands.Contains(c)))
        {
            errors["FourPCodes"] = "Select at least one of Pursue, Prevent, Protect and Prepare";
        }

        if (edit.OwnerOrganisationId is not { } owner || !await db.Organisations.AnyAsync(o => o.Id == owner && o.IsActive, cancellationToken))
        {
            errors["OwnerOrganisationId"] = "Select the organisation that owns the action";
        }

        ConcernRules.CheckText(errors, "OwnerName", edit.OwnerName, "Enter the name of the person who owns the action", "Owner's name", 100);

        if (edit.DueOn is null)
        {
            errors["DueOn"] = "Enter the date the action is due";
        }

        ConcernRules.ThrowIfAny(errors);
    }

    private void Apply(PlanAction action, ActionEdit edit)
    {
        action.Title = ConcernRules.Clean(edit.Title)!;
        action.Description = ConcernRules.Clean(edit.Description);
        action.ObjectiveId = edit.ObjectiveId!.Value;
        action.FourPCodes = [.. edit.FourPCodes.Distinct(StringComparer.Ordinal)];
        action.OwnerOrganisationId = edit.OwnerOrganisationId!.Value;
        action.OwnerName = ConcernRules.Clean(edit.OwnerName)!;
        action.DueOn = edit.DueOn!.Value;
        action.UpdatedAt = Now;
    }

    private async Task<List<ActionSummary>> SummariseAsync(List<PlanAction> actions, CancellationToken cancellationToken)
    {
        var objectives = await db.StrategicObjectives.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var organisationIds = actions.Select(a => a.OwnerOrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var today = Today;
        var quarter = CalendarQuarter.Of(today);
        return [.. actions.Select(a =>
        {
            a.Updates = [.. a.Updates.OrderByDescending(u => u.RecordedAt)];
            var latest = a.Updates.FirstOrDefault();
            var objective = objectives.GetValueOrDefault(a.ObjectiveId);
            return new ActionSummary(a, objective?.Title ?? "", objective?.Number ?? 0, organisations.GetValueOrDefault(a.OwnerOrganisationId, ""), latest,
                a.State == ActionState.Open && a.DueOn < today, a.Updates.Any(u => u.Quarter == quarter));
        })];
    }

    private static object Snapshot(PlanAction a) => new { a.Number, a.Group, a.Title, a.Description, a.ObjectiveId, a.FourPCodes, a.OwnerOrganisationId, a.OwnerName, a.DueOn, a.Rag, a.State };

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);
}
