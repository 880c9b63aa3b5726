using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Pathways;

/// <summary>
/// Statutory pathways on a case. Only a First responder of a First Responder Organisation who may see the case
/// can act on its NRM referral. Every move goes through the state machine and is kept in the pathway's history,
/// the case chronology and the audit trail, in one transaction.
/// </summary>
public sealed class PathwayService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public const int ReasonableGroundsWorkingDays = 5;
    public const int MinimumRecoveryPeriodDays = 30;

    public async Task<Pathway> StartNrmAsync(string caseReference, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await CaseForFirstResponderAsync(caseReference, user, cancellationToken);
        if (await db.Pathways.AnyAsync(p => p.CaseId == @case.Id && p.Kind == PathwayKind.NationalReferralMechanism
                && p.NrmState != NrmState.Withdrawn && p.NrmState != NrmState.ConsentRefused, cancellationToken))
        {
            throw new ValidationFailedException("Transition", "This case already has an NRM referral");
        }

        var now = Now;
        var child = @case.AgeGroup == AgeGroup.Child;
        var pathway = new Pathway
        {
            Id = Guid.NewGuid(),
            CaseId = @case.Id,
            Kind = PathwayKind.NationalReferralMechanism,
            // Children are always referred and need no consent.
            NrmState = child ? NrmState.ReadyToSubmit : NrmState.AwaitingConsent,
            Nrm = new NrmDetails { IsChild = child },
            CreatedAt = now,
            CreatedByUserId = user.UserId,
            UpdatedAt = now,
        };
        db.Pathways.Add(pathway);
        Chronicle(@case.Id, user, child
            ? "NRM referral started for a child: no consent needed; children's services and ICTG referrals added as tasks"
            : "NRM referral started: informed consent needed");
        if (child)
        {
            var due = WorkingDays.AddDays(Today, 1);
            db.CaseTasks.Add(new CaseTask { Id = Guid.NewGuid(), CaseId = @case.Id, Title = "Refer to children's services", DueOn = due, AssigneeUserId = user.UserId, CreatedAt = now });
            db.CaseTasks.Add(new CaseTask { Id = Guid.NewGuid(), CaseId = @case.Id, Title = "Refer to the Independent Child Trafficking Guardian service", DueOn = due, AssigneeUserId = user.UserId, CreatedAt = now });
            await RefreshNextTaskAsync(@case, due, cancellationToken);
        }

        audit.Record(actor, "nrm.started", nameof(Case), @case.Id.ToString(), after: new { pathway.Id, pathway.NrmState, Child = child });
        await db.SaveChangesAsync(cancellationToken);
        return pathway;
    }

    public Task<Pathway> RecordConsentAsync(Guid pathwayId, bool? given, string? explainedBy, DateOnly? explainedOn, bool? interpreterUsed, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, given == false ? NrmTrigger.RefuseConsent : NrmTrigger.GiveConsent, null, nrm =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (given is null)
            {
                errors["ConsentGiven"] = "Select whether the person gave informed consent";
            }

            if (string.IsNullOrWhiteSpace(explainedBy))
            {
                errors["ConsentExplainedBy"] = "Enter who explained the NRM to the person";
            }

            if (DateProblem(explainedOn, "the NRM was explained") is { } problem)
            {
                errors["ConsentExplainedOn"] = problem;
            }

            if (interpreterUsed is null)
            {
                errors["InterpreterUsed"] = "Select yes if an interpreter was used";
            }

            Throw(errors);
            nrm.ConsentExplainedBy = explainedBy!.Trim();
            nrm.ConsentExplainedOn = explainedOn;
            nrm.InterpreterUsed = interpreterUsed;
            return given == false ? "Consent refused: a Duty to Notify report is the route instead" : $"Informed consent given (explained by {nrm.ConsentExplainedBy})";
        }, cancellationToken);

    public Task<Pathway> SubmitAsync(Guid pathwayId, DateOnly? submittedOn, CompetentAuthority? authority, string? authorityReference, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, NrmTrigger.Submit, null, nrm =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (DateProblem(submittedOn, "the referral was submitted") is { } problem)
            {
                errors["SubmittedOn"] = problem;
            }

            if (authority is null)
            {
                errors["CompetentAuthority"] = "Select the competent authority that will decide";
            }

            Throw(errors);
            nrm.SubmittedOn = submittedOn;
            nrm.CompetentAuthority = authority;
            nrm.AuthorityReference = ConcernRules.Clean(authorityReference);
            nrm.ReasonableGroundsDueOn = WorkingDays.AddDays(submittedOn!.Value, ReasonableGroundsWorkingDays);
            return $"NRM referral submitted; Reasonable Grounds decision due by {nrm.ReasonableGroundsDueOn:d MMMM yyyy}";
        }, cancellationToken);

    public Task<Pathway> RecordReasonableGroundsAsync(Guid pathwayId, bool positive, DateOnly? decidedOn, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, positive ? NrmTrigger.PositiveReasonableGrounds : NrmTrigger.NegativeReasonableGrounds, null, nrm =>
        {
            Throw(DecisionProblems(decidedOn, nrm.SubmittedOn, "DecidedOn"));
            nrm.ReasonableGroundsOn = decidedOn;
            nrm.RecoveryPeriodEndsOn = positive ? decidedOn!.Value.AddDays(MinimumRecoveryPeriodDays) : null;
            return positive
                ? $"Positive Reasonable Grounds decision; recovery period until at least {nrm.RecoveryPeriodEndsOn:d MMMM yyyy}"
                : "Negative Reasonable Grounds decision";
        }, cancellationToken);

    public Task<Pathway> RecordConclusiveGroundsAsync(Guid pathwayId, bool positive, DateOnly? decidedOn, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, positive ? NrmTrigger.PositiveConclusiveGrounds : NrmTrigger.NegativeConclusiveGrounds, null, nrm =>
        {
            Throw(DecisionProblems(decidedOn, nrm.ReasonableGroundsOn ?? nrm.SubmittedOn, "DecidedOn"));
            nrm.ConclusiveGroundsOn = decidedOn;
            return positive ? "Positive Conclusive Grounds decision" : "Negative Conclusive Grounds decision";
        }, cancellationToken);

    public Task<Pathway> RequestReconsiderationAsync(Guid pathwayId, DateOnly? requestedOn, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, NrmTrigger.RequestReconsideration, reason, nrm =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (DateProblem(requestedOn, "reconsideration was asked for") is { } problem)
            {
                errors["RequestedOn"] = problem;
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                errors["Reason"] = "Enter why the decision should be reconsidered";
            }

            Throw(errors);
            nrm.ReconsiderationRequestedOn = requestedOn;
            return "Reconsideration requested";
        }, cancellationToken);

    public Task<Pathway> WithdrawAsync(Guid pathwayId, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, NrmTrigger.Withdraw, reason, _ =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new ValidationFailedException("Reason", "Enter why the referral is being withdrawn");
            }

            return "NRM referral withdrawn";
        }, cancellationToken);

    /// <summary>Records a Duty to Notify report, for an adult case whose NRM consent was refused (or who was never referred).</summary>
    public async Task<DutyToNotifyReport> RecordDutyToNotifyAsync(string caseReference, bool? agreesToBeNamed, DateOnly? submittedOn, string? homeOfficeReference, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await CaseForFirstResponderAsync(caseReference, user, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (@case.AgeGroup == AgeGroup.Child)
        {
            errors["Transition"] = "Children are always referred to the NRM; a Duty to Notify report is for adults who do not consent";
        }
        else if (await db.Pathways.AnyAsync(p => p.CaseId == @case.Id && p.Kind == PathwayKind.NationalReferralMechanism
                     && p.NrmState != NrmState.ConsentRefused && p.NrmState != NrmState.Withdrawn && p.NrmState != NrmState.AwaitingConsent, cancellationToken))
        {
            errors["Transition"] = "This person has consented to an NRM referral, so no Duty to Notify report is needed";
        }

        if (agreesToBeNamed is null)
        {
            errors["PersonAgreesToBeNamed"] = "Select whether the person agrees to be named in the report";
        }

        if (DateProblem(submittedOn, "the report was submitted") is { } problem)
        {
            errors["SubmittedOn"] = problem;
        }

        if (ConcernRules.TextProblem(homeOfficeReference, "Reference", 100) is { } referenceProblem)
        {
            errors["HomeOfficeReference"] = referenceProblem;
        }

        Throw(errors);
        var report = new DutyToNotifyReport
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, PersonAgreesToBeNamed = agreesToBeNamed!.Value, SubmittedOn = submittedOn!.Value,
            HomeOfficeReference = ConcernRules.Clean(homeOfficeReference), SubmittedByUserId = user.UserId, RecordedAt = Now,
        };
        db.DutyToNotifyReports.Add(report);
        Chronicle(@case.Id, user, $"Duty to Notify report submitted on {report.SubmittedOn:d MMMM yyyy}, {(report.PersonAgreesToBeNamed ? "naming the person (they agreed)" : "anonymously")}");
        audit.Record(actor, "duty-to-notify.recorded", nameof(Case), @case.Id.ToString(), after: new { report.SubmittedOn, report.PersonAgreesToBeNamed, report.HomeOfficeReference });
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    public async Task<IReadOnlyList<DutyToNotifyReport>> DutyToNotifyReportsAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.DutyToNotifyReports.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.RecordedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Pathway>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.Pathways.AsNoTracking().Include(p => p.History).Where(p => p.CaseId == caseId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);

    private async Task<Pathway> MoveAsync(Guid pathwayId, UserScope user, AuditActor actor, NrmTrigger trigger, string? reason, Func<NrmDetails, string> apply, CancellationToken cancellationToken)
    {
        var pathway = await db.Pathways.SingleOrDefaultAsync(p => p.Id == pathwayId, cancellationToken)
            ?? throw new KeyNotFoundException($"No pathway {pathwayId}.");
        var @case = await db.Cases.AsNoTracking().Include(c => c.Shares).SingleAsync(c => c.Id == pathway.CaseId, cancellationToken);
        await EnsureFirstResponderAsync(@case, user, cancellationToken);

        var machine = NrmStateMachine.For(pathway);
        if (!machine.CanFire(trigger))
        {
            throw new ValidationFailedException("Transition", NrmStateMachine.Refusal(pathway.NrmState, trigger));
        }

        var before = pathway.NrmState;
        var summary = apply(pathway.Nrm);
        machine.Fire(trigger);
        var now = Now;
        pathway.UpdatedAt = now;
        // The details object is a JSON document: a new instance makes EF write it.
        pathway.Nrm = Copy(pathway.Nrm);
        db.PathwayTransitions.Add(PathwayRules.Transition(pathway, before.ToString(), pathway.NrmState.ToString(), trigger.ToString(), user, now, reason));
        Chronicle(@case.Id, user, summary);
        audit.Record(actor, "nrm." + trigger.ToString().ToLowerInvariant(), nameof(Case), @case.Id.ToString(), ConcernRules.Clean(reason),
            before: new { State = before }, after: new { State = pathway.NrmState, pathway.Nrm });
        await db.SaveChangesAsync(cancellationToken);
        return pathway;
    }

    private async Task<Case> CaseForFirstResponderAsync(string reference, UserScope user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var @case = await db.Cases.Include(c => c.Shares).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken)
            ?? throw new KeyNotFoundException($"No case {reference}.");
        await EnsureFirstResponderAsync(@case, user, cancellationToken);
        return @case;
    }

    /// <summary>Need to know first (404), then the First responder rule (403).</summary>
    private async Task EnsureFirstResponderAsync(Case @case, UserScope user, CancellationToken cancellationToken)
    {
        if (!RecordAccess.IsWithinScope(user, @case))
        {
            throw new KeyNotFoundException($"No case {@case.Reference} for this user.");
        }

        var firstResponderOrganisation = await db.Organisations.AnyAsync(o => o.Id == user.OrganisationId && o.IsFirstResponderOrganisation, cancellationToken);
        if (!user.IsIn(HarbourRoles.FirstResponder) || !firstResponderOrganisation)
        {
            throw new UnauthorizedAccessException("Only a First responder of a First Responder Organisation can act on an NRM referral.");
        }
    }

    private async Task RefreshNextTaskAsync(Case @case, DateOnly due, CancellationToken cancellationToken)
    {
        var existing = await db.CaseTasks.Where(t => t.CaseId == @case.Id && t.CompletedAt == null).Select(t => (DateOnly?)t.DueOn).MinAsync(cancellationToken);
        @case.NextTaskDueOn = existing is { } earliest && earliest < due ? earliest : due;
        @case.UpdatedAt = Now;
    }

    private void Chronicle(Guid caseId, UserScope user, string summary) =>
        db.CaseChronology.Add(PathwayRules.Chronicle(caseId, user, Now, "nrm", summary));

    private string? DateProblem(DateOnly? date, string what) => PathwayRules.DateProblem(date, what, Today);

    private Dictionary<string, string> DecisionProblems(DateOnly? decidedOn, DateOnly? notBefore, string field)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (DateProblem(decidedOn, "of the decision") is { } problem)
        {
            errors[field] = problem;
        }
        else if (notBefore is { } earliest && decidedOn < earliest)
        {
            errors[field] = $"The date of the decision must be on or after {earliest:d MMMM yyyy}";
        }

        return errors;
    }

    private static void Throw(Dictionary<string, string> errors) => PathwayRules.Throw(errors);

    private static NrmDetails Copy(NrmDetails nrm) => new()
    {
        IsChild = nrm.IsChild, ConsentExplainedBy = nrm.ConsentExplainedBy, ConsentExplainedOn = nrm.ConsentExplainedOn, InterpreterUsed = nrm.InterpreterUsed,
        SubmittedOn = nrm.SubmittedOn, CompetentAuthority = nrm.CompetentAuthority, AuthorityReference = nrm.AuthorityReference,
        ReasonableGroundsDueOn = nrm.ReasonableGroundsDueOn, ReasonableGroundsOn = nrm.ReasonableGroundsOn, RecoveryPeriodEndsOn = nrm.RecoveryPeriodEndsOn,
        ConclusiveGroundsOn = nrm.ConclusiveGroundsOn, ReconsiderationRequestedOn = nrm.ReconsiderationRequestedOn, SupportProvider = nrm.SupportProvider,
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);
}
