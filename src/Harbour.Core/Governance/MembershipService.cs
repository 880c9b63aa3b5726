using System.Net.Mail;
using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Governance;

public sealed record MemberSummary(PartnershipMember Member, string OrganisationName, bool IsReviewDue);

public sealed record RepresentativeEdit(string? Name, string? JobTitle, string? Email, string? Phone);

public sealed record PursueMemberSummary(Guid UserId, string Name, string Email, string Organisation, DateTime AddedAt);

/// <summary>
/// Membership of the partnership (organisations, their representatives, the annual review) and of the
/// police-led Pursue group (people). The directory of members is for every signed-in user; changes are the
/// coordinator's.
/// </summary>
public sealed class MembershipService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    public async Task<IReadOnlyList<MemberSummary>> MembersAsync(bool includeFormer = false, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var members = await (from m in db.PartnershipMembers.AsNoTracking()
                             join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
                             where includeFormer || m.LeftOn == null
                             select new { Member = m, o.Name }).ToListAsync(cancellationToken);
        return [.. members.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new MemberSummary(m.Member, m.Name, m.Member.LeftOn is null && m.Member.ReviewDueOn <= today))];
    }

    public async Task<MemberSummary> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await MembersAsync(includeFormer: true, cancellationToken)).SingleOrDefault(m => m.Member.Id == id) ?? throw new KeyNotFoundException($"No member {id}.");

    public async Task<PartnershipMember> AddAsync(Guid? organisationId, DateOnly? joinedOn, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        EnsureCoordinator(user);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (organisationId is not { } id || !await db.Organisations.AnyAsync(o => o.Id == id && o.IsActive, cancellationToken))
        {
            errors["OrganisationId"] = "Select the organisation";
        }
        else if (await db.PartnershipMembers.AnyAsync(m => m.OrganisationId == id && m.LeftOn == null, cancellationToken))
        {
            errors["OrganisationId"] = "That organisation is already a member";
        }

        ConcernRules.Require(errors, "JoinedOn", joinedOn, "Enter the date it joined");
        ConcernRules.ThrowIfAny(errors);
        var member = await db.PartnershipMembers.SingleOrDefaultAsync(m => m.OrganisationId == organisationId, cancellationToken);
        if (member is null)
        {
            member = new PartnershipMember { Id = Guid.NewGuid(), OrganisationId = organisationId!.Value };
            db.PartnershipMembers.Add(member);
        }

        (member.JoinedOn, member.LeftOn, member.ReviewDueOn, member.UpdatedAt) = (joinedOn!.Value, null, Today.AddYears(1), Now);
        audit.Record(actor, "member.joined", nameof(PartnershipMember), member.Id.ToString(), after: new { member.OrganisationId, member.JoinedOn, member.ReviewDueOn });
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    public Task AddRepresentativeAsync(Guid id, RepresentativeEdit edit, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, user, actor, "member.representative-added", member =>
        {
            ArgumentNullException.ThrowIfNull(edit);
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            ConcernRules.CheckText(errors, "Name", edit.Name, "Enter the representative's name", "Name", 100);
            ConcernRules.CheckText(errors, "JobTitle", edit.JobTitle, null, "Job title", 100);
            ConcernRules.CheckText(errors, "Phone", edit.Phone, null, "Phone", 30);
            var email = ConcernRules.Clean(edit.Email);
            if (email is null)
            {
                errors["Email"] = "Enter the representative's email address";
            }
            else if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
            {
                errors["Email"] = "Enter an email address in the correct format, like name@example.gov.uk";
            }

            ConcernRules.ThrowIfAny(errors);
            member.Representatives.Add(new MemberRepresentative
            {
                Name = ConcernRules.Clean(edit.Name)!, JobTitle = ConcernRules.Clean(edit.JobTitle), Email = email!, Phone = ConcernRules.Clean(edit.Phone),
            });
        }, cancellationToken);

    public Task RemoveRepresentativeAsync(Guid id, int index, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, user, actor, "member.representative-removed", member =>
        {
            if (index < 0 || index >= member.Representatives.Count)
            {
                throw new KeyNotFoundException($"No representative {index}.");
            }

            member.Representatives.RemoveAt(index);
        }, cancellationToken);

    /// <summary>The annual review: the member continues (next review in a year) or leaves.</summary>
    public Task RecordReviewAsync(Guid id, bool? continues, UserScope user, AuditActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, user, actor, "member.reviewed", member =>
        {
            if (continues is null)
            {
                throw new ValidationFailedException("Continues", "Select whether the organisation stays a member");
            }

            member.LastReviewedOn = Today;
            if (continues.Value)
            {
                member.ReviewDueOn = Today.AddYears(1);
            }
            else
            {
                member.LeftOn = Today;
            }
        }, cancellationToken);

    public async Task<IReadOnlyList<PursueMemberSummary>> PursueMembersAsync(CancellationToken cancellationToken = default) =>
        await (from m in db.PursueGroupMembers.AsNoTracking()
               join u in db.Users.AsNoTracking() on m.UserId equals u.Id
               join o in db.Organisations.AsNoTracking() on u.OrganisationId equals o.Id
               orderby u.DisplayName
               select new PursueMemberSummary(u.Id, u.DisplayName, u.Email ?? "", o.Name, m.AddedAt)).ToListAsync(cancellationToken);

    public Task<bool> IsPursueMemberAsync(UserScope user, CancellationToken cancellationToken = default) => GovernanceAccess.IsPursueMemberAsync(db, user, cancellationToken);

    /// <summary>Adds a Harbour user, found by email, to the Pursue group.</summary>
    public async Task AddPursueMemberAsync(string? email, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        EnsureCoordinator(user);
        var wanted = ConcernRules.Clean(email)?.ToUpperInvariant();
        var person = wanted is null ? null : await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == wanted && u.IsActive, cancellationToken);
        if (person is null)
        {
            throw new ValidationFailedException("Email", wanted is null ? "Enter the email address of the person to add" : "There is no active Harbour user with that email address");
        }

        if (await db.PursueGroupMembers.AnyAsync(m => m.UserId == person.Id, cancellationToken))
        {
            throw new ValidationFailedException("Email", "That person is already a member of the Pursue group");
        }

        var member = new PursueGroupMember { Id = Guid.NewGuid(), UserId = person.Id, AddedAt = Now, AddedByUserId = user.UserId };
        db.PursueGroupMembers.Add(member);
        audit.Record(actor, "pursue-group.member-added", "HarbourUser", person.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemovePursueMemberAsync(Guid userId, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        EnsureCoordinator(user);
        var member = await db.PursueGroupMembers.SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken) ?? throw new KeyNotFoundException($"No member {userId}.");
        db.PursueGroupMembers.Remove(member);
        audit.Record(actor, "pursue-group.member-removed", "HarbourUser", userId.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ChangeAsync(Guid id, UserScope user, AuditActor actor, string action, Action<PartnershipMember> change, CancellationToken cancellationToken)
    {
        EnsureCoordinator(user);
        var member = await db.PartnershipMembers.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"No member {id}.");
        var before = Snapshot(member);
        change(member);
        member.UpdatedAt = Now;
        audit.Record(actor, action, nameof(PartnershipMember), member.Id.ToString(), before: before, after: Snapshot(member));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void EnsureCoordinator(UserScope user)
    {
        if (!GovernanceAccess.IsCoordinator(user))
        {
            throw new UnauthorizedAccessException("Only partnership coordinators keep the membership.");
        }
    }

    private static object Snapshot(PartnershipMember m) => new
    {
        m.JoinedOn, m.LeftOn, m.LastReviewedOn, m.ReviewDueOn, Representatives = m.Representatives.Select(r => new { r.Name, r.JobTitle, r.Email, r.Phone }).ToList(),
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);
}
