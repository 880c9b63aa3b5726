using Harbour.Core.Accounts;

namespace Harbour.Core.Access;

/// <summary>What kind of record something is, which decides which roles may ever see it.</summary>
public enum RecordSensitivity
{
    /// <summary>Modern slavery and safeguarding records: case roles of the owning and sharing organisations.</summary>
    Safeguarding,

    /// <summary>Prevent and Channel records: only Prevent leads and Channel panel members.</summary>
    Prevent,

    /// <summary>Graded intelligence: only police analysts.</summary>
    Intelligence,
}

/// <summary>
/// A record that holds personal data and is seen on a need-to-know basis. Every such aggregate (concern, case,
/// intelligence report) implements this so one rule decides who may open it.
/// </summary>
public interface IScopedRecord
{
    /// <summary>The record's kind as it appears in the audit trail, for example <c>Case</c>.</summary>
    string RecordType { get; }

    Guid Id { get; }

    Guid OwnerOrganisationId { get; }

    /// <summary>Organisations the owner has shared the record with or referred it to.</summary>
    IReadOnlyCollection<Guid> SharedWithOrganisationIds { get; }

    /// <summary>The user who raised it: a referrer sees what they raised and nothing else of their organisation's.</summary>
    Guid? RaisedByUserId { get; }

    RecordSensitivity Sensitivity { get; }
}

/// <summary>Who is asking, as far as need-to-know is concerned.</summary>
public sealed record UserScope(Guid UserId, Guid OrganisationId, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);
}

/// <summary>The need-to-know rule of DESIGN.md, in one place.</summary>
public static class RecordAccess
{
    public static bool IsWithinScope(UserScope user, IScopedRecord record)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);

        // Whoever raised something can always go back to it, whichever organisation now holds it.
        if (record.RaisedByUserId is { } raisedBy && raisedBy == user.UserId)
        {
            return true;
        }

        var sensitivityAllows = record.Sensitivity switch
        {
            RecordSensitivity.Prevent => user.IsIn(HarbourRoles.PreventLead) || user.IsIn(HarbourRoles.ChannelPanelMember),
            RecordSensitivity.Intelligence => user.IsIn(HarbourRoles.PoliceAnalyst),
            _ => true,
        };
        if (!sensitivityAllows)
        {
            return false;
        }

        var organisationAllows = record.OwnerOrganisationId == user.OrganisationId
            || record.SharedWithOrganisationIds.Contains(user.OrganisationId);
        if (!organisationAllows)
        {
            return false;
        }

        return HarbourRoles.CaseWork.Any(user.IsIn);
    }
}
