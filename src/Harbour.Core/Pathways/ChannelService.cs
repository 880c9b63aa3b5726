using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Pathways;

/// <summary>The referral details a Prevent lead records before the gateway assessment.</summary>
public sealed record ChannelReferral(
    PreventConcernType? ConcernType,
    ReferringSector? ReferringSector,
    string? IdeologyOrCause,
    string? OnlineActivity,
    string? WorryingContacts,
    string? Threats,
    bool? HasSpecialEducationalNeedsOrDisability,
    string? SpecialEducationalNeedsDetails,
    string? OtherAgenciesInvolved);

public sealed record GatewayAssessment(DateOnly? AssessedOn, GatewayOutcome? Outcome, string? Rationale, string? SignpostedTo);

public sealed record PanelMeeting(DateOnly? HeldOn, string? Chair, string? Attendees, string? Decisions, PanelOutcome? Outcome);

public sealed record ChannelConsent(bool? Given, ChannelConsentBy? GivenBy, string? ParentOrGuardianName, DateOnly? GivenOn);

/// <summary>Everything of one Channel pathway, for its page.</summary>
public sealed record ChannelRecord(
    Pathway Pathway,
    IReadOnlyList<ChannelPanelMeeting> Meetings,
    IReadOnlyList<VulnerabilityAssessment> Assessments,
    IReadOnlyList<SupportPlanAction> SupportPlan);

/// <summary>
/// Prevent and Channel on a case. Only Prevent leads and Channel panel members who may see the case act on it;
/// the police gateway assessment is a Prevent lead's. Every move goes through <see cref="ChannelStateMachine"/>
/// and is kept in the pathway history, the case chronology and the audit trail, in one transaction.
/// </summary>
public sealed class ChannelService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public const int FirstReviewMonths = 6;
    public const int SecondReviewMonths = 12;

    private const string ChronologyKind = "channel";

    public async Task<Pathway> StartAsync(string caseReference, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var @case = await PreventCaseAsync(caseReference, user, cancellationToken);
        if (!user.IsIn(HarbourRoles.PreventLead))
        {
            throw new UnauthorizedAccessException("Only a Prevent lead can start a Prevent referral.");
        }

        if (await db.Pathways.AnyAsync(p => p.CaseId == @case.Id && p.Kind == PathwayKind.Channel && !ChannelStateMachine.Finished.Contains(p.ChannelState!.Value), cancellationToken))
        {
            throw new ValidationFailedException("Transition", "This case already has a Prevent referral in progress");
        }

        var concern = @case.ConcernId is { } concernId ? await db.Concerns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == concernId, cancellationToken) : null;
        var now = Now;
        var pathway = new Pathway
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, Kind = PathwayKind.Channel, ChannelState = ChannelState.Referred,
            Channel = new ChannelDetails { ConcernType = concern?.PreventConcernType },
            CreatedAt = now, CreatedByUserId = user.UserId, UpdatedAt = now,
        };
        db.Pathways.Add(pathway);
        db.CaseChronology.Add(PathwayRules.Chronicle(@case.Id, user, now, ChronologyKind, "Prevent referral started: the police gateway assessment is next"));
        audit.Record(actor, "channel.started", nameof(Case), @case.Id.ToString(), after: new { pathway.Id, pathway.ChannelState });
        await db.SaveChangesAsync(cancellationToken);
        return pathway;
    }

    public async Task<ChannelRecord?> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var pathway = await db.Pathways.AsNoTracking().Include(p => p.History)
            .Where(p => p.CaseId == caseId && p.Kind == PathwayKind.Channel)
            .OrderByDescending(p => p.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (pathway is null)
        {
            return null;
        }

        var meetings = await db.ChannelPanelMeetings.AsNoTracking().Where(m => m.PathwayId == pathway.Id).OrderBy(m => m.HeldOn).ThenBy(m => m.RecordedAt).ToListAsync(cancellationToken);
        var assessments = await db.VulnerabilityAssessments.AsNoTracking().Where(a => a.PathwayId == pathway.Id).OrderBy(a => a.RecordedAt).ToListAsync(cancellationToken);
        var plan = await db.SupportPlanActions.AsNoTracking().Where(a => a.PathwayId == pathway.Id).OrderBy(a => a.AddedAt).ToListAsync(cancellationToken);
        return new ChannelRecord(pathway, meetings, assessments, plan);
    }

    public Task UpdateReferralAsync(Guid pathwayId, ChannelReferral referral, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return ChangeAsync(pathwayId, user, actor, "channel.referral-updated", null, (pathway, _) =>
        {
            if (ChannelStateMachine.Finished.Contains(pathway.ChannelState!.Value))
            {
                throw new ValidationFailedException("Transition", "The referral details of a finished Prevent referral cannot be changed");
            }

            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (referral.ConcernType is null)
            {
                errors["ConcernType"] = "Select the type of concern";
            }

            if (referral.ReferringSector is null)
            {
                errors["ReferringSector"] = "Select the sector the referral came from";
            }

            PathwayRules.OptionalText(errors, "IdeologyOrCause", referral.IdeologyOrCause, "Ideology or cause");
            PathwayRules.OptionalText(errors, "OnlineActivity", referral.OnlineActivity, "Online activity");
            PathwayRules.OptionalText(errors, "WorryingContacts", referral.WorryingContacts, "Worrying contacts");
            PathwayRules.OptionalText(errors, "Threats", referral.Threats, "Threats");
            if (referral.HasSpecialEducationalNeedsOrDisability is null)
            {
                errors["HasSpecialEducationalNeedsOrDisability"] = "Select whether the person has special educational needs or a disability";
            }
            else if (referral.HasSpecialEducationalNeedsOrDisability == true)
            {
                PathwayRules.RequireText(errors, "SpecialEducationalNeedsDetails", referral.SpecialEducationalNeedsDetails,
                    "Enter the special educational needs or disability", "Special educational needs or disability");
            }

            PathwayRules.OptionalText(errors, "OtherAgenciesInvolved", referral.OtherAgenciesInvolved, "Other agencies involved");
            PathwayRules.Throw(errors);

            var details = pathway.Channel;
            details.ConcernType = referral.ConcernType;
            details.ReferringSector = referral.ReferringSector;
            details.IdeologyOrCause = ConcernRules.Clean(referral.IdeologyOrCause);
            details.OnlineActivity = ConcernRules.Clean(referral.OnlineActivity);
            details.WorryingContacts = ConcernRules.Clean(referral.WorryingContacts);
            details.Threats = ConcernRules.Clean(referral.Threats);
            details.HasSpecialEducationalNeedsOrDisability = referral.HasSpecialEducationalNeedsOrDisability;
            details.SpecialEducationalNeedsDetails = referral.HasSpecialEducationalNeedsOrDisability == true ? ConcernRules.Clean(referral.SpecialEducationalNeedsDetails) : null;
            details.OtherAgenciesInvolved = ConcernRules.Clean(referral.OtherAgenciesInvolved);
            return "Prevent referral details recorded";
        }, cancellationToken);
    }

    public Task RecordGatewayAsync(Guid pathwayId, GatewayAssessment assessment, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsIn(HarbourRoles.PreventLead))
        {
            throw new UnauthorizedAccessException("Only a Prevent lead records the police gateway assessment.");
        }

        var trigger = assessment.Outcome switch
        {
            GatewayOutcome.NoFurtherAction => ChannelTrigger.GatewayNoFurtherAction,
            GatewayOutcome.Signpost => ChannelTrigger.GatewaySignpost,
            _ => ChannelTrigger.GatewayToPanel,
        };
        return MoveAsync(pathwayId, user, actor, trigger, assessment.Rationale, (move, today) =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (move.Pathway.Channel.ConcernType is null)
            {
                errors["Transition"] = "Record the referral details before the gateway assessment";
            }

            if (PathwayRules.DateProblem(assessment.AssessedOn, "of the assessment", today) is { } problem)
            {
                errors["AssessedOn"] = problem;
            }

            if (assessment.Outcome is null)
            {
                errors["Outcome"] = "Select the outcome of the gateway assessment";
            }

            PathwayRules.RequireText(errors, "Rationale", assessment.Rationale, "Enter the reasons for the outcome", "Reasons");
            if (assessment.Outcome == GatewayOutcome.Signpost)
            {
                PathwayRules.RequireText(errors, "SignpostedTo", assessment.SignpostedTo, "Enter the support the person was signposted to", "Signposted to", 500);
            }

            PathwayRules.Throw(errors);
            var details = move.Pathway.Channel;
            details.GatewayAssessedOn = assessment.AssessedOn;
            details.GatewayAssessedByUserId = user.UserId;
            details.GatewayOutcome = assessment.Outcome;
            details.GatewayRationale = ConcernRules.Clean(assessment.Rationale);
            details.SignpostedTo = assessment.Outcome == GatewayOutcome.Signpost ? ConcernRules.Clean(assessment.SignpostedTo) : null;
            return assessment.Outcome switch
            {
                GatewayOutcome.NoFurtherAction => "Gateway assessment: no further action",
                GatewayOutcome.Signpost => $"Gateway assessment: signposted to {details.SignpostedTo}",
                _ => "Gateway assessment: referred to the Channel panel",
            };
        }, cancellationToken);
    }

    /// <summary>Records a panel meeting. While the panel has not decided, the meeting must say whether it adopts the case.</summary>
    public async Task<ChannelPanelMeeting> RecordPanelMeetingAsync(Guid pathwayId, PanelMeeting meeting, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var (pathway, @case) = await PathwayForChangeAsync(pathwayId, user, cancellationToken);
        var state = pathway.ChannelState!.Value;
        if (state is not (ChannelState.AwaitingPanel or ChannelState.AwaitingConsent or ChannelState.SupportInProgress))
        {
            throw new ValidationFailedException("Transition", state == ChannelState.Referred
                ? "The police gateway assessment must send the case to the Channel panel before a panel meeting"
                : "Panel meetings are recorded while the case is before the panel or receiving support");
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (PathwayRules.DateProblem(meeting.HeldOn, "of the meeting", Today) is { } problem)
        {
            errors["HeldOn"] = problem;
        }
        else if (pathway.Channel.GatewayAssessedOn is { } gateway && meeting.HeldOn < gateway)
        {
            errors["HeldOn"] = $"The date of the meeting must be on or after the gateway assessment ({gateway:d MMMM yyyy})";
        }

        PathwayRules.RequireText(errors, "Chair", meeting.Chair, "Enter who chaired the meeting", "Chair", 200);
        PathwayRules.RequireText(errors, "Attendees", meeting.Attendees, "Enter who attended", "Attendees");
        PathwayRules.RequireText(errors, "Decisions", meeting.Decisions, "Enter what the panel decided", "Decisions");
        if (state == ChannelState.AwaitingPanel && meeting.Outcome is null)
        {
            errors["Outcome"] = "Select whether the panel adopted the case";
        }

        PathwayRules.Throw(errors);
        var outcome = state == ChannelState.AwaitingPanel ? meeting.Outcome : null;
        var record = new ChannelPanelMeeting
        {
            Id = Guid.NewGuid(), PathwayId = pathway.Id, HeldOn = meeting.HeldOn!.Value, Chair = ConcernRules.Clean(meeting.Chair)!,
            Attendees = ConcernRules.Clean(meeting.Attendees)!, Decisions = ConcernRules.Clean(meeting.Decisions)!, Outcome = outcome,
            RecordedByUserId = user.UserId, RecordedAt = Now,
        };
        db.ChannelPanelMeetings.Add(record);
        var summary = $"Channel panel met on {record.HeldOn:d MMMM yyyy}";
        if (outcome is PanelOutcome.Adopt or PanelOutcome.NotAdopt)
        {
            var trigger = outcome == PanelOutcome.Adopt ? ChannelTrigger.Adopt : ChannelTrigger.NotAdopt;
            Fire(pathway, trigger, user, record.Decisions);
            if (outcome == PanelOutcome.Adopt)
            {
                pathway.Channel.AdoptedOn = record.HeldOn;
            }

            summary += outcome == PanelOutcome.Adopt ? " and adopted the case: consent to support is next" : " and did not adopt the case";
        }

        db.CaseChronology.Add(PathwayRules.Chronicle(@case.Id, user, Now, ChronologyKind, summary));
        audit.Record(actor, "channel.panel-meeting", nameof(Case), @case.Id.ToString(), after: new { record.Id, record.HeldOn, record.Chair, record.Outcome, pathway.ChannelState });
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>A Vulnerability Assessment Framework assessment: every one of the 22 factors rated.</summary>
    public async Task<VulnerabilityAssessment> RecordAssessmentAsync(Guid pathwayId, DateOnly? assessedOn, IReadOnlyDictionary<string, (VulnerabilityLevel? Level, string? Notes)> ratings, string? summary, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var (pathway, @case) = await PathwayForChangeAsync(pathwayId, user, cancellationToken);
        if (pathway.ChannelState is not (ChannelState.AwaitingPanel or ChannelState.AwaitingConsent or ChannelState.SupportInProgress))
        {
            throw new ValidationFailedException("Transition", "The vulnerability assessment is made while the case is before the Channel panel or receiving support");
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (PathwayRules.DateProblem(assessedOn, "of the assessment", Today) is { } problem)
        {
            errors["AssessedOn"] = problem;
        }

        foreach (var factor in VulnerabilityAssessmentFramework.Factors)
        {
            var (level, notes) = ratings.TryGetValue(factor.Code, out var rating) ? rating : (null, null);
            if (level is null)
            {
                errors[$"Rating-{factor.Code}"] = $"Select a rating for ‘{factor.Title}’";
            }

            PathwayRules.OptionalText(errors, $"Notes-{factor.Code}", notes, $"Notes on ‘{factor.Title}’");
        }

        PathwayRules.OptionalText(errors, "Summary", summary, "Summary");
        PathwayRules.Throw(errors);
        var assessment = new VulnerabilityAssessment
        {
            Id = Guid.NewGuid(), PathwayId = pathway.Id, AssessedOn = assessedOn!.Value, AssessedByUserId = user.UserId, RecordedAt = Now,
            Summary = ConcernRules.Clean(summary),
            Ratings = VulnerabilityAssessmentFramework.Factors
                .Select(f => new VulnerabilityRating { FactorCode = f.Code, Level = ratings[f.Code].Level!.Value, Notes = ConcernRules.Clean(ratings[f.Code].Notes) })
                .ToList(),
        };
        db.VulnerabilityAssessments.Add(assessment);
        db.CaseChronology.Add(PathwayRules.Chronicle(@case.Id, user, Now, ChronologyKind, $"Vulnerability assessment recorded ({assessment.AssessedOn:d MMMM yyyy})"));
        audit.Record(actor, "channel.vulnerability-assessed", nameof(Case), @case.Id.ToString(), after: new { assessment.Id, assessment.AssessedOn, assessment.Ratings, assessment.Summary });
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    /// <summary>Channel is voluntary: the person consents, or a parent or guardian for an under-18.</summary>
    public Task RecordConsentAsync(Guid pathwayId, ChannelConsent consent, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return MoveAsync(pathwayId, user, actor, consent.Given == false ? ChannelTrigger.RefuseConsent : ChannelTrigger.GiveConsent, null, (move, today) =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (consent.Given is null)
            {
                errors["ConsentGiven"] = "Select whether consent to Channel support was given";
            }

            if (consent.GivenBy is null)
            {
                errors["ConsentGivenBy"] = "Select who answered";
            }
            else if (move.Case.AgeGroup == AgeGroup.Child && consent.GivenBy != ChannelConsentBy.ParentOrGuardian)
            {
                errors["ConsentGivenBy"] = "The person is under 18: a parent or guardian must give consent";
            }
            else if (move.Case.AgeGroup == AgeGroup.Adult && consent.GivenBy != ChannelConsentBy.Person)
            {
                errors["ConsentGivenBy"] = "The person is an adult: they give consent themselves";
            }

            if (consent.GivenBy == ChannelConsentBy.ParentOrGuardian)
            {
                PathwayRules.RequireText(errors, "ParentOrGuardianName", consent.ParentOrGuardianName, "Enter the name of the parent or guardian", "Name", 200);
            }

            if (PathwayRules.DateProblem(consent.GivenOn, "of the answer", today) is { } problem)
            {
                errors["ConsentOn"] = problem;
            }

            PathwayRules.Throw(errors);
            var details = move.Pathway.Channel;
            details.ConsentGivenBy = consent.GivenBy;
            details.ConsentGivenByName = consent.GivenBy == ChannelConsentBy.ParentOrGuardian ? ConcernRules.Clean(consent.ParentOrGuardianName) : null;
            details.ConsentOn = consent.GivenOn;
            var who = consent.GivenBy == ChannelConsentBy.ParentOrGuardian ? $"a parent or guardian ({details.ConsentGivenByName})" : "the person";
            return consent.Given == false ? $"Consent to Channel support refused by {who}" : $"Consent to Channel support given by {who}: support starts";
        }, cancellationToken);
    }

    public async Task<SupportPlanAction> AddSupportActionAsync(Guid pathwayId, string? provider, string? action, DateOnly? startsOn, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (pathway, @case) = await PathwayForChangeAsync(pathwayId, user, cancellationToken);
        if (pathway.ChannelState != ChannelState.SupportInProgress)
        {
            throw new ValidationFailedException("Transition", "The support plan is built once the person has consented to Channel support");
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        PathwayRules.RequireText(errors, "Provider", provider, "Enter the intervention provider", "Provider", 200);
        PathwayRules.RequireText(errors, "SupportAction", action, "Enter what the provider will do", "Action");
        PathwayRules.Throw(errors);
        var item = new SupportPlanAction
        {
            Id = Guid.NewGuid(), PathwayId = pathway.Id, Provider = ConcernRules.Clean(provider)!, Action = ConcernRules.Clean(action)!, StartsOn = startsOn,
            AddedByUserId = user.UserId, AddedAt = Now,
        };
        db.SupportPlanActions.Add(item);
        db.CaseChronology.Add(PathwayRules.Chronicle(@case.Id, user, Now, ChronologyKind, $"Support plan: {item.Provider} – {item.Action}"));
        audit.Record(actor, "channel.support-action-added", nameof(Case), @case.Id.ToString(), after: new { item.Id, item.Provider, item.Action, item.StartsOn });
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task CompleteSupportActionAsync(Guid pathwayId, Guid actionId, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (pathway, @case) = await PathwayForChangeAsync(pathwayId, user, cancellationToken);
        var item = await db.SupportPlanActions.SingleOrDefaultAsync(a => a.Id == actionId && a.PathwayId == pathway.Id, cancellationToken)
            ?? throw new KeyNotFoundException($"No support plan action {actionId}.");
        if (item.CompletedAt is not null)
        {
            return;
        }

        item.CompletedAt = Now;
        db.CaseChronology.Add(PathwayRules.Chronicle(@case.Id, user, Now, ChronologyKind, $"Support plan action done: {item.Provider} – {item.Action}"));
        audit.Record(actor, "channel.support-action-completed", nameof(Case), @case.Id.ToString(), after: new { item.Id, item.CompletedAt });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Exit from Channel. Reviews fall due 6 and 12 months later; each becomes a task on the case.</summary>
    public Task ExitAsync(Guid pathwayId, DateOnly? exitedOn, string? summary, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, ChannelTrigger.Exit, null, (move, today) =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (PathwayRules.DateProblem(exitedOn, "of exit", today) is { } problem)
            {
                errors["ExitedOn"] = problem;
            }
            else if (move.Pathway.Channel.ConsentOn is { } consented && exitedOn < consented)
            {
                errors["ExitedOn"] = $"The date of exit must be on or after consent was given ({consented:d MMMM yyyy})";
            }

            PathwayRules.RequireText(errors, "ExitSummary", summary, "Enter why the person is leaving Channel and how they are now", "Summary");
            PathwayRules.Throw(errors);
            var details = move.Pathway.Channel;
            details.ExitedOn = exitedOn;
            details.ExitSummary = ConcernRules.Clean(summary);
            details.SixMonthReviewDueOn = exitedOn!.Value.AddMonths(FirstReviewMonths);
            details.TwelveMonthReviewDueOn = exitedOn.Value.AddMonths(SecondReviewMonths);
            var assignee = move.Case.LeadWorkerUserId ?? user.UserId;
            var first = new CaseTask { Id = Guid.NewGuid(), CaseId = move.Case.Id, Title = "Channel review, 6 months after exit", DueOn = details.SixMonthReviewDueOn.Value, AssigneeUserId = assignee, CreatedAt = Now };
            var second = new CaseTask { Id = Guid.NewGuid(), CaseId = move.Case.Id, Title = "Channel review, 12 months after exit", DueOn = details.TwelveMonthReviewDueOn.Value, AssigneeUserId = assignee, CreatedAt = Now };
            db.CaseTasks.AddRange(first, second);
            details.SixMonthReviewTaskId = first.Id;
            details.TwelveMonthReviewTaskId = second.Id;
            move.RefreshNextTask(first.DueOn);
            return $"Exited Channel; reviews due {details.SixMonthReviewDueOn:d MMMM yyyy} and {details.TwelveMonthReviewDueOn:d MMMM yyyy}";
        }, cancellationToken);

    /// <summary>Records the next review due (6 months, then 12) and completes its task.</summary>
    public async Task RecordReviewAsync(Guid pathwayId, DateOnly? reviewedOn, string? notes, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var state = await db.Pathways.Where(p => p.Id == pathwayId).Select(p => p.ChannelState).SingleOrDefaultAsync(cancellationToken);
        var trigger = state == ChannelState.AwaitingTwelveMonthReview ? ChannelTrigger.TwelveMonthReview : ChannelTrigger.SixMonthReview;
        await MoveAsync(pathwayId, user, actor, trigger, null, (move, today) =>
        {
            var details = move.Pathway.Channel;
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            var earliest = trigger == ChannelTrigger.SixMonthReview ? details.ExitedOn : details.SixMonthReviewOn;
            if (PathwayRules.DateProblem(reviewedOn, "of the review", today) is { } problem)
            {
                errors["ReviewedOn"] = problem;
            }
            else if (earliest is { } notBefore && reviewedOn <= notBefore)
            {
                errors["ReviewedOn"] = $"The date of the review must be after {notBefore:d MMMM yyyy}";
            }

            PathwayRules.RequireText(errors, "ReviewNotes", notes, "Enter what the review found", "Review");
            PathwayRules.Throw(errors);
            Guid? taskId;
            if (trigger == ChannelTrigger.SixMonthReview)
            {
                details.SixMonthReviewOn = reviewedOn;
                details.SixMonthReviewNotes = ConcernRules.Clean(notes);
                taskId = details.SixMonthReviewTaskId;
            }
            else
            {
                details.TwelveMonthReviewOn = reviewedOn;
                details.TwelveMonthReviewNotes = ConcernRules.Clean(notes);
                taskId = details.TwelveMonthReviewTaskId;
            }

            move.CompleteTask(taskId);
            return trigger == ChannelTrigger.SixMonthReview ? "6-month Channel review recorded" : "12-month Channel review recorded: the Channel case is complete";
        }, cancellationToken);
    }

    public Task WithdrawAsync(Guid pathwayId, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(pathwayId, user, actor, ChannelTrigger.Withdraw, reason, (_, _) =>
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            PathwayRules.RequireText(errors, "Reason", reason, "Enter why the person is withdrawing", "Reason");
            PathwayRules.Throw(errors);
            return "The person withdrew from Channel";
        }, cancellationToken);

    /// <summary>The pathway being moved, with its case and what a move may do to the case's tasks.</summary>
    private sealed class Move(Pathway pathway, Case @case, UserScope user, DateTime now)
    {
        public Pathway Pathway => pathway;

        public Case Case => @case;

        public void RefreshNextTask(DateOnly due)
        {
            var earliest = @case.Tasks.Where(t => t.CompletedAt is null).Select(t => (DateOnly?)t.DueOn).Min();
            @case.NextTaskDueOn = earliest is { } e && e < due ? e : due;
        }

        public void CompleteTask(Guid? taskId)
        {
            if (@case.Tasks.SingleOrDefault(t => t.Id == taskId) is { CompletedAt: null } task)
            {
                task.CompletedAt = now;
                task.CompletedByUserId = user.UserId;
            }

            @case.NextTaskDueOn = @case.Tasks.Where(t => t.CompletedAt is null).Select(t => (DateOnly?)t.DueOn).Min();
        }
    }

    private async Task MoveAsync(Guid pathwayId, UserScope user, AuditActor actor, ChannelTrigger trigger, string? reason, Func<Move, DateOnly, string> apply, CancellationToken cancellationToken)
    {
        var (pathway, @case) = await PathwayForChangeAsync(pathwayId, user, cancellationToken);
        var machine = ChannelStateMachine.For(pathway);
        if (!machine.CanFire(trigger))
        {
            throw new ValidationFailedException("Transition", ChannelStateMachine.Refusal(pathway.ChannelState!.Value, trigger));
        }

        var before = pathway.ChannelState;
        var beforeDetails = Snapshot(pathway.Channel);
        var summary = apply(new Move(pathway, @case, user, Now), Today);
        Fire(pathway, trigger, user, reason);
        @case.UpdatedAt = Now;
        db.CaseChronology.Add(PathwayRules.Chronicle(@case.Id, user, Now, ChronologyKind, summary));
        audit.Record(actor, "channel." + trigger.ToString().ToLowerInvariant(), nameof(Case), @case.Id.ToString(), ConcernRules.Clean(reason),
            before: new { State = before, Channel = beforeDetails }, after: new { State = pathway.ChannelState, pathway.Channel });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ChangeAsync(Guid pathwayId, UserScope user, AuditActor actor, string action, string? reason, Func<Pathway, DateOnly, string> apply, CancellationToken cancellationToken)
    {
        var (pathway, @case) = await PathwayForChangeAsync(pathwayId, user, cancellationToken);
        var before = Snapshot(pathway.Channel);
        var summary = apply(pathway, Today);
        pathway.UpdatedAt = Now;
        pathway.Channel = Snapshot(pathway.Channel);
        db.CaseChronology.Add(PathwayRules.Chronicle(@case.Id, user, Now, ChronologyKind, summary));
        audit.Record(actor, action, nameof(Case), @case.Id.ToString(), reason, before: before, after: pathway.Channel);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Fire(Pathway pathway, ChannelTrigger trigger, UserScope user, string? reason)
    {
        var before = pathway.ChannelState!.Value;
        ChannelStateMachine.For(pathway).Fire(trigger);
        pathway.UpdatedAt = Now;
        // The details are a JSON document: a new instance makes EF write it whatever changed inside.
        pathway.Channel = Snapshot(pathway.Channel);
        db.PathwayTransitions.Add(PathwayRules.Transition(pathway, before.ToString(), pathway.ChannelState!.Value.ToString(), trigger.ToString(), user, Now, reason));
    }

    private async Task<Case> PreventCaseAsync(string reference, UserScope user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var @case = await db.Cases.Include(c => c.Shares).Include(c => c.Tasks).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken)
            ?? throw new KeyNotFoundException($"No case {reference}.");
        EnsurePreventRole(@case, user);
        return @case;
    }

    private async Task<(Pathway Pathway, Case Case)> PathwayForChangeAsync(Guid pathwayId, UserScope user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var pathway = await db.Pathways.SingleOrDefaultAsync(p => p.Id == pathwayId && p.Kind == PathwayKind.Channel, cancellationToken)
            ?? throw new KeyNotFoundException($"No Channel pathway {pathwayId}.");
        var @case = await db.Cases.Include(c => c.Shares).Include(c => c.Tasks).SingleAsync(c => c.Id == pathway.CaseId, cancellationToken);
        EnsurePreventRole(@case, user);
        return (pathway, @case);
    }

    /// <summary>Need to know first (404), then a Prevent role (403), then a Prevent case.</summary>
    private static void EnsurePreventRole(Case @case, UserScope user)
    {
        if (!RecordAccess.IsWithinScope(user, @case))
        {
            throw new KeyNotFoundException($"No case {@case.Reference} for this user.");
        }

        if (!user.IsIn(HarbourRoles.PreventLead) && !user.IsIn(HarbourRoles.ChannelPanelMember))
        {
            throw new UnauthorizedAccessException("Only Prevent leads and Channel panel members work on Prevent referrals.");
        }

        if (!@case.IsPrevent)
        {
            throw new ValidationFailedException("Transition", "This is not a Prevent case");
        }
    }

    private static ChannelDetails Snapshot(ChannelDetails d) => new()
    {
        ConcernType = d.ConcernType, ReferringSector = d.ReferringSector, IdeologyOrCause = d.IdeologyOrCause, OnlineActivity = d.OnlineActivity,
        WorryingContacts = d.WorryingContacts, Threats = d.Threats, HasSpecialEducationalNeedsOrDisability = d.HasSpecialEducationalNeedsOrDisability,
        SpecialEducationalNeedsDetails = d.SpecialEducationalNeedsDetails, OtherAgenciesInvolved = d.OtherAgenciesInvolved,
        GatewayAssessedOn = d.GatewayAssessedOn, GatewayAssessedByUserId = d.GatewayAssessedByUserId, GatewayOutcome = d.GatewayOutcome,
        GatewayRationale = d.GatewayRationale, SignpostedTo = d.SignpostedTo, AdoptedOn = d.AdoptedOn, ConsentGivenBy = d.ConsentGivenBy,
        ConsentGivenByName = d.ConsentGivenByName, ConsentOn = d.ConsentOn, ExitedOn = d.ExitedOn, ExitSummary = d.ExitSummary,
        SixMonthReviewDueOn = d.SixMonthReviewDueOn, SixMonthReviewTaskId = d.SixMonthReviewTaskId, SixMonthReviewOn = d.SixMonthReviewOn,
        SixMonthReviewNotes = d.SixMonthReviewNotes, TwelveMonthReviewDueOn = d.TwelveMonthReviewDueOn, TwelveMonthReviewTaskId = d.TwelveMonthReviewTaskId,
        TwelveMonthReviewOn = d.TwelveMonthReviewOn, TwelveMonthReviewNotes = d.TwelveMonthReviewNotes,
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);
}
