using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Pathways;

public sealed record SafeguardingReferralRequest(PathwayKind Kind, DateOnly? ReferredOn, string? ReferredTo, string? TheirReference);

/// <summary>
/// Adult and child safeguarding on a case: a Care Act section 42 enquiry (adults) and a referral to children's
/// services (children). Any case worker who may change the case records them; each is referred, then accepted or
/// not, then concluded with an outcome, through <see cref="SafeguardingReferralStateMachine"/>.
/// </summary>
public sealed class SafeguardingReferralService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    private const string ChronologyKind = "safeguarding";

    public async Task<Pathway> ReferAsync(string caseReference, SafeguardingReferralRequest request, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind is not (PathwayKind.CareActEnquiry or PathwayKind.ChildrensServicesReferral))
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Not a safeguarding referral.");
        }

        var @case = await CaseAccess.ForChangeAsync(db.Cases.Where(c => c.Reference == caseReference), user, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.Kind == PathwayKind.CareActEnquiry && @case.AgeGroup == AgeGroup.Child)
        {
            errors["Transition"] = "A Care Act enquiry is for adults: refer a child to children's services";
        }
        else if (request.Kind == PathwayKind.ChildrensServicesReferral && @case.AgeGroup == AgeGroup.Adult)
        {
            errors["Transition"] = "Children's services are for under-18s: ask for a Care Act enquiry for an adult";
        }
        else if (await db.Pathways.AnyAsync(p => p.CaseId == @case.Id && p.Kind == request.Kind
                     && (p.ReferralState == SafeguardingReferralState.Referred || p.ReferralState == SafeguardingReferralState.Accepted), cancellationToken))
        {
            errors["Transition"] = $"This case already has an open {SafeguardingReferralOptions.Name(request.Kind).ToLowerInvariant()}";
        }

        if (PathwayRules.DateProblem(request.ReferredOn, "of the referral", Today) is { } problem)
        {
            errors["ReferredOn"] = problem;
        }

        PathwayRules.RequireText(errors, "ReferredTo", request.ReferredTo, "Enter the team the referral went to", "Team", 200);
        PathwayRules.OptionalText(errors, "TheirReference", request.TheirReference, "Their reference", 100);
        PathwayRules.Throw(errors);

        var now = Now;
        var pathway = new Pathway
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, Kind = request.Kind, ReferralState = SafeguardingReferralState.Referred,
            Referral = new SafeguardingReferralDetails
            {
                ReferredOn = request.ReferredOn, ReferredTo = ConcernRules.Clean(request.ReferredTo), TheirReference = ConcernRules.Clean(request.TheirReference),
            },
            CreatedAt = now, CreatedByUserId = user.UserId, UpdatedAt = now,
        };
        db.Pathways.Add(pathway);
        @case.UpdatedAt = now;
        var name = SafeguardingReferralOptions.Name(request.Kind);
        db.CaseChronology.Add(PathwayRules.Chronicle(@case.Id, user, now, ChronologyKind, $"{name}: referred to {pathway.Referral.ReferredTo} on {request.ReferredOn:d MMMM yyyy}"));
        audit.Record(actor, "safeguarding-referral.made", nameof(Case), @case.Id.ToString(), after: new { pathway.Id, pathway.Kind, pathway.Referral });
        await db.SaveChangesAsync(cancellationToken);
        return pathway;
    }

    public Task RecordDecisionAsync(Guid pathwayId, bool? accepted, DateOnly? decidedOn, string? decision, string? notAcceptedReason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, accepted == false ? SafeguardingReferralTrigger.Decline : SafeguardingReferralTrigger.Accept, (pathway, today) =>
        {
            var details = pathway.Referral;
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (accepted is null)
            {
                errors["Accepted"] = "Select whether the referral was accepted";
            }
            else if (accepted == true && SafeguardingReferralOptions.TextOf(SafeguardingReferralOptions.Decisions(pathway.Kind), decision) is null)
            {
                errors["Decision"] = pathway.Kind == PathwayKind.CareActEnquiry ? "Select the type of enquiry" : "Select what children's services will do";
            }
            else if (accepted == false)
            {
                PathwayRules.RequireText(errors, "NotAcceptedReason", notAcceptedReason, "Enter why the referral was not accepted", "Reason");
            }

            DateOrder(errors, "DecidedOn", decidedOn, details.ReferredOn, "of the decision", today);
            PathwayRules.Throw(errors);
            details.DecidedOn = decidedOn;
            details.Decision = accepted == true ? decision : null;
            details.NotAcceptedReason = accepted == false ? ConcernRules.Clean(notAcceptedReason) : null;
            var name = SafeguardingReferralOptions.Name(pathway.Kind);
            return accepted == true
                ? $"{name} accepted: {SafeguardingReferralOptions.TextOf(SafeguardingReferralOptions.Decisions(pathway.Kind), decision)}"
                : $"{name} not accepted";
        }, cancellationToken);

    public Task ConcludeAsync(Guid pathwayId, DateOnly? concludedOn, string? outcome, string? notes, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, SafeguardingReferralTrigger.Conclude, (pathway, today) =>
        {
            var details = pathway.Referral;
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            var outcomes = SafeguardingReferralOptions.Outcomes(pathway.Kind);
            if (SafeguardingReferralOptions.TextOf(outcomes, outcome) is null)
            {
                errors["Outcome"] = "Select the outcome";
            }

            DateOrder(errors, "ConcludedOn", concludedOn, details.DecidedOn, "it concluded", today);
            PathwayRules.OptionalText(errors, "OutcomeNotes", notes, "Notes");
            PathwayRules.Throw(errors);
            details.ConcludedOn = concludedOn;
            details.Outcome = outcome;
            details.OutcomeNotes = ConcernRules.Clean(notes);
            return $"{SafeguardingReferralOptions.Name(pathway.Kind)} concluded: {SafeguardingReferralOptions.TextOf(outcomes, outcome)}";
        }, cancellationToken);

    public async Task<IReadOnlyList<Pathway>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.Pathways.AsNoTracking().Include(p => p.History)
            .Where(p => p.CaseId == caseId && (p.Kind == PathwayKind.CareActEnquiry || p.Kind == PathwayKind.ChildrensServicesReferral))
            .OrderBy(p => p.CreatedAt)
            .ToListAsync(cancellationToken);

    private async Task MoveAsync(Guid pathwayId, UserScope user, AuditActor actor, SafeguardingReferralTrigger trigger, Func<Pathway, DateOnly, string> apply, CancellationToken cancellationToken)
    {
        var pathway = await db.Pathways.SingleOrDefaultAsync(p => p.Id == pathwayId && p.ReferralState != null, cancellationToken)
            ?? throw new KeyNotFoundException($"No safeguarding referral {pathwayId}.");
        var @case = await CaseAccess.ForChangeAsync(db.Cases.Where(c => c.Id == pathway.CaseId), user, cancellationToken);
        var machine = SafeguardingReferralStateMachine.For(pathway);
        if (!machine.CanFire(trigger))
        {
            throw new ValidationFailedException("Transition", SafeguardingReferralStateMachine.Refusal(pathway.ReferralState!.Value, trigger));
        }

        var before = pathway.ReferralState;
        var beforeDetails = Copy(pathway.Referral);
        var summary = apply(pathway, Today);
        machine.Fire(trigger);
        var now = Now;
        pathway.UpdatedAt = now;
        // The details are a JSON document: a new instance makes EF write it whatever changed inside.
        pathway.Referral = Copy(pathway.Referral);
        @case.UpdatedAt = now;
        db.PathwayTransitions.Add(PathwayRules.Transition(pathway, before.ToString()!, pathway.ReferralState!.Value.ToString(), trigger.ToString(), user, now, null));
        db.CaseChronology.Add(PathwayRules.Chronicle(@case.Id, user, now, ChronologyKind, summary));
        audit.Record(actor, "safeguarding-referral." + trigger.ToString().ToLowerInvariant(), nameof(Case), @case.Id.ToString(),
            before: new { State = before, Referral = beforeDetails }, after: new { State = pathway.ReferralState, pathway.Referral });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void DateOrder(Dictionary<string, string> errors, string field, DateOnly? date, DateOnly? notBefore, string what, DateOnly today)
    {
        if (PathwayRules.DateProblem(date, what, today) is { } problem)
        {
            errors[field] = problem;
        }
        else if (notBefore is { } earliest && date < earliest)
        {
            errors[field] = $"The date {what} must be on or after {earliest:d MMMM yyyy}";
        }
    }

    private static SafeguardingReferralDetails Copy(SafeguardingReferralDetails d) => new()
    {
        ReferredOn = d.ReferredOn, ReferredTo = d.ReferredTo, TheirReference = d.TheirReference, DecidedOn = d.DecidedOn, Decision = d.Decision,
        NotAcceptedReason = d.NotAcceptedReason, ConcludedOn = d.ConcludedOn, Outcome = d.Outcome, OutcomeNotes = d.OutcomeNotes,
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);
}
