using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Notifications;
using Harbour.Core.SupportDirectory;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Referrals;

public sealed record NewSupportReferral(Guid ServiceId, string? Reason, string? InformationShared, bool? Consent, string? ConsentGivenBy, DateOnly? ConsentGivenOn);

/// <summary>A referral as its receiving organisation sees it: the referral, who sent it and the case reference, nothing more of the case.</summary>
public sealed record ReceivedReferral(SupportReferral Referral, string CaseReference, string ReferringOrganisation);

/// <summary>
/// Referrals from a case to support services. The case's workers send, withdraw and (for a service outside Harbour)
/// record the service's answer; a receiving organisation that uses Harbour accepts or declines in its inbox, and on
/// acceptance the case is shared with it on the basis of the person's consent. Every step is in the case
/// chronology and the audit trail.
/// </summary>
public sealed class SupportReferralService(HarbourDbContext db, TimeProvider time, AuditLog audit, NotificationService notifications)
{
    public async Task<SupportReferral> SendAsync(string caseReference, NewSupportReferral request, string baseUrl, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var @case = await CaseAccess.ForChangeAsync(db.Cases.Where(c => c.Reference == caseReference), user, cancellationToken);
        var service = await db.DirectoryServices.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.ServiceId && s.IsActive, cancellationToken)
            ?? throw new KeyNotFoundException($"No service {request.ServiceId}.");
        var organisation = await db.DirectoryOrganisations.AsNoTracking().SingleAsync(o => o.Id == service.OrganisationId, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (@case.Status != CaseStatus.Open)
        {
            errors["Transition"] = "Reopen the case before referring the person to a service";
        }

        if (service.Status is ServiceStatus.Defunct or ServiceStatus.Inactive)
        {
            errors["Transition"] = "This service is not taking referrals";
        }

        ConcernRules.CheckText(errors, "Reason", request.Reason, "Enter why you are referring the person to this service", "Reason");
        ConcernRules.CheckText(errors, "InformationShared", request.InformationShared, "Enter the information you are sharing with the service", "Information shared", 5_000);
        if (request.Consent != true)
        {
            errors["Consent"] = "The person (or a parent or guardian for a child) must agree to the referral before it is sent";
        }

        ConcernRules.CheckText(errors, "ConsentGivenBy", request.ConsentGivenBy, "Enter who agreed to the referral", "Who agreed", 200);
        if (request.ConsentGivenOn is null)
        {
            errors["ConsentGivenOn"] = "Enter the date they agreed";
        }
        else if (request.ConsentGivenOn > Today)
        {
            errors["ConsentGivenOn"] = "The date they agreed must be today or in the past";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var referral = new SupportReferral
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, ServiceId = service.Id, ServiceName = $"{service.Name} ({organisation.Name})",
            ReceivingOrganisationId = organisation.HarbourOrganisationId, Status = SupportReferralStatus.Sent,
            ConsentGivenBy = ConcernRules.Clean(request.ConsentGivenBy)!, ConsentGivenOn = request.ConsentGivenOn!.Value,
            Reason = ConcernRules.Clean(request.Reason)!, InformationShared = ConcernRules.Clean(request.InformationShared)!,
            ReferredByUserId = user.UserId, ReferredByOrganisationId = user.OrganisationId, SentAt = Now,
        };
        db.SupportReferrals.Add(referral);
        @case.UpdatedAt = Now;
        Chronicle(@case.Id, user, $"Referred to {referral.ServiceName}{(referral.ReceivingOrganisationId is null ? " (outside Harbour: printable referral)" : "")}");
        audit.Record(actor, "support-referral.sent", nameof(Case), @case.Id.ToString(), after: new { referral.Id, referral.ServiceName, referral.ReceivingOrganisationId, referral.Reason, referral.InformationShared, referral.ConsentGivenBy, referral.ConsentGivenOn });
        await db.SaveChangesAsync(cancellationToken);

        // The email carries no personal details: the receiving organisation reads the referral in Harbour, or the
        // referrer sends the printable referral by a secure route.
        var recipients = referral.ReceivingOrganisationId is { } receiving
            ? await StaffContacts.EmailsAsync(db, receiving, HarbourRoles.SafeguardingLead, cancellationToken)
            : service.Email is { } email ? [email] : [];
        var referrer = await db.Users.AsNoTracking().Include(u => u.Organisation).SingleAsync(u => u.Id == user.UserId, cancellationToken);
        foreach (var to in recipients)
        {
            await notifications.SendAsync(NotificationTemplates.SupportReferral, to, new Dictionary<string, string>
            {
                ["service"] = referral.ServiceName,
                ["organisation"] = referrer.Organisation!.Name,
                ["next"] = referral.ReceivingOrganisationId is null
                    ? $"{referrer.DisplayName} will send you the referral by a secure route. Reply to {referrer.Email} if you cannot take it."
                    : $"Sign in to Harbour to accept or decline it: {baseUrl.TrimEnd('/')}/referrals/{referral.Id}",
            }, cancellationToken);
        }

        return referral;
    }

    public async Task<IReadOnlyList<SupportReferral>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.SupportReferrals.AsNoTracking().Where(r => r.CaseId == caseId).OrderByDescending(r => r.SentAt).ToListAsync(cancellationToken);

    /// <summary>The receiving organisation's inbox: open referrals first, newest first.</summary>
    public async Task<IReadOnlyList<ReceivedReferral>> InboxAsync(UserScope user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var rows = await (from referral in db.SupportReferrals.AsNoTracking()
                          join @case in db.Cases.AsNoTracking() on referral.CaseId equals @case.Id
                          join organisation in db.Organisations.AsNoTracking() on referral.ReferredByOrganisationId equals organisation.Id
                          where referral.ReceivingOrganisationId == user.OrganisationId
                          orderby referral.SentAt descending
                          select new ReceivedReferral(referral, @case.Reference, organisation.Name))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Referral.Status is SupportReferralStatus.Sent ? 0 : r.Referral.Status is SupportReferralStatus.Accepted ? 1 : 2).ToList();
    }

    /// <summary>One referral for its receiving organisation; the read is audited.</summary>
    public async Task<ReceivedReferral?> ReceivedAsync(Guid id, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var found = await (from referral in db.SupportReferrals.AsNoTracking()
                           join @case in db.Cases.AsNoTracking() on referral.CaseId equals @case.Id
                           join organisation in db.Organisations.AsNoTracking() on referral.ReferredByOrganisationId equals organisation.Id
                           where referral.Id == id && referral.ReceivingOrganisationId == user.OrganisationId
                           select new ReceivedReferral(referral, @case.Reference, organisation.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        audit.Record(actor, "support-referral.read", nameof(SupportReferral), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return found;
    }

    /// <summary>The receiving organisation accepts: the case is shared with it, on the person's consent, for this referral.</summary>
    public async Task AcceptAsync(Guid id, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (referral, @case) = await ForReceiverAsync(id, user, cancellationToken);
        Move(referral, SupportReferralStatus.Sent, SupportReferralStatus.Accepted, user, null);
        if (!@case.Shares.Any(s => s.OrganisationId == user.OrganisationId && s.EndedAt is null) && @case.OwnerOrganisationId != user.OrganisationId)
        {
            db.CaseShares.Add(new CaseShare
            {
                Id = Guid.NewGuid(), CaseId = @case.Id, OrganisationId = user.OrganisationId, Purpose = $"Support referral to {referral.ServiceName}",
                LawfulBasis = LawfulBasis.Consent, SharedAt = Now, SharedByUserId = user.UserId,
            });
        }

        await FinishAsync(referral, @case, user, actor, $"{referral.ServiceName} accepted the referral; the case is shared with them", cancellationToken);
    }

    public async Task DeclineAsync(Guid id, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (referral, @case) = await ForReceiverAsync(id, user, cancellationToken);
        var clean = RequiredText("Outcome", reason, "Enter why the referral is declined");
        Move(referral, SupportReferralStatus.Sent, SupportReferralStatus.Declined, user, clean);
        await FinishAsync(referral, @case, user, actor, $"{referral.ServiceName} declined the referral: {clean}", cancellationToken);
    }

    public async Task CompleteAsync(Guid id, string? outcome, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (referral, @case) = await ForReceiverAsync(id, user, cancellationToken);
        var clean = RequiredText("Outcome", outcome, "Enter what the support achieved");
        Move(referral, SupportReferralStatus.Accepted, SupportReferralStatus.Completed, user, clean);
        await FinishAsync(referral, @case, user, actor, $"Support from {referral.ServiceName} completed: {clean}", cancellationToken);
    }

    /// <summary>The referrer withdraws a referral that is waiting or under way (for example the person changed their mind).</summary>
    public async Task WithdrawAsync(string caseReference, Guid id, string? reason, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (referral, @case) = await ForReferrerAsync(caseReference, id, user, cancellationToken);
        var clean = RequiredText("Outcome", reason, "Enter why the referral is withdrawn");
        if (referral.Status is not (SupportReferralStatus.Sent or SupportReferralStatus.Accepted))
        {
            throw new ValidationFailedException("Transition", "Only a referral that is waiting or under way can be withdrawn");
        }

        Move(referral, referral.Status, SupportReferralStatus.Withdrawn, user, clean);
        await FinishAsync(referral, @case, user, actor, $"Referral to {referral.ServiceName} withdrawn: {clean}", cancellationToken);
    }

    /// <summary>For a service outside Harbour, the referrer records what the service said.</summary>
    public async Task RecordAnswerAsync(string caseReference, Guid id, SupportReferralStatus? status, string? outcome, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (referral, @case) = await ForReferrerAsync(caseReference, id, user, cancellationToken);
        if (referral.ReceivingOrganisationId is not null)
        {
            throw new ValidationFailedException("Transition", "This service uses Harbour: it answers the referral itself");
        }

        var from = status switch
        {
            SupportReferralStatus.Accepted or SupportReferralStatus.Declined => SupportReferralStatus.Sent,
            SupportReferralStatus.Completed => SupportReferralStatus.Accepted,
            _ => throw new ValidationFailedException("Status", "Select what the service said"),
        };
        var clean = status == SupportReferralStatus.Accepted ? ConcernRules.Clean(outcome) : RequiredText("Outcome", outcome, status == SupportReferralStatus.Declined ? "Enter why the service declined" : "Enter what the support achieved");
        Move(referral, from, status.Value, user, clean);
        await FinishAsync(referral, @case, user, actor, $"{referral.ServiceName}: {status.Value.ToString().ToLowerInvariant()}{(clean is null ? "" : $" – {clean}")}", cancellationToken);
    }

    private void Move(SupportReferral referral, SupportReferralStatus from, SupportReferralStatus to, UserScope user, string? outcome)
    {
        if (referral.Status != from)
        {
            throw new ValidationFailedException("Transition", referral.Status switch
            {
                SupportReferralStatus.Sent => "The service has not accepted the referral yet",
                SupportReferralStatus.Accepted => "The referral has already been accepted",
                _ => $"The referral is already {referral.Status.ToString().ToLowerInvariant()}",
            });
        }

        referral.Status = to;
        if (to is SupportReferralStatus.Accepted or SupportReferralStatus.Declined)
        {
            referral.RespondedAt = Now;
            referral.RespondedByUserId = user.UserId;
        }

        if (to is not SupportReferralStatus.Accepted)
        {
            referral.ClosedAt = Now;
        }

        referral.Outcome = outcome ?? referral.Outcome;
    }

    private async Task FinishAsync(SupportReferral referral, Case @case, UserScope user, AuditActor actor, string summary, CancellationToken cancellationToken)
    {
        @case.UpdatedAt = Now;
        Chronicle(@case.Id, user, summary);
        audit.Record(actor, "support-referral." + referral.Status.ToString().ToLowerInvariant(), nameof(Case), @case.Id.ToString(), referral.Outcome,
            after: new { referral.Id, referral.Status, referral.Outcome });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(SupportReferral Referral, Case Case)> ForReceiverAsync(Guid id, UserScope user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var referral = await db.SupportReferrals.SingleOrDefaultAsync(r => r.Id == id && r.ReceivingOrganisationId == user.OrganisationId, cancellationToken);
        if (referral is null || !HarbourRoles.CaseWork.Any(user.IsIn))
        {
            throw new KeyNotFoundException($"No referral {id} for this organisation.");
        }

        return (referral, await db.Cases.Include(c => c.Shares).SingleAsync(c => c.Id == referral.CaseId, cancellationToken));
    }

    private async Task<(SupportReferral Referral, Case Case)> ForReferrerAsync(string caseReference, Guid id, UserScope user, CancellationToken cancellationToken)
    {
        var @case = await CaseAccess.ForChangeAsync(db.Cases.Where(c => c.Reference == caseReference), user, cancellationToken);
        var referral = await db.SupportReferrals.SingleOrDefaultAsync(r => r.Id == id && r.CaseId == @case.Id, cancellationToken)
            ?? throw new KeyNotFoundException($"No referral {id} on {caseReference}.");
        return (referral, @case);
    }

    private static string RequiredText(string field, string? value, string missing)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, field, value, missing, "Reason");
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : ConcernRules.Clean(value)!;
    }

    private void Chronicle(Guid caseId, UserScope user, string summary) =>
        db.CaseChronology.Add(new ChronologyEntry
        {
            Id = Guid.NewGuid(), CaseId = caseId, OccurredAt = Now, Kind = "referral", Summary = summary, UserId = user.UserId, OrganisationId = user.OrganisationId,
        });

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);
}
