namespace Harbour.Core.Accounts;

/// <summary>The roles of DESIGN.md. A user holds one or more; what each may do is set by the authorization policies.</summary>
public static class HarbourRoles
{
    public const string Referrer = "Referrer";
    public const string SafeguardingLead = "Safeguarding lead";
    public const string FirstResponder = "First responder";
    public const string PreventLead = "Prevent lead";
    public const string ChannelPanelMember = "Channel panel member";
    public const string PoliceAnalyst = "Police analyst";
    public const string PartnershipCoordinator = "Partnership coordinator";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } =
    [
        Referrer, SafeguardingLead, FirstResponder, PreventLead, ChannelPanelMember, PoliceAnalyst, PartnershipCoordinator, Administrator,
    ];

    /// <summary>Roles that work on case records (as opposed to raising concerns, running the partnership or administering).</summary>
    public static IReadOnlyList<string> CaseWork { get; } = [SafeguardingLead, FirstResponder, PreventLead, ChannelPanelMember, PoliceAnalyst];

    /// <summary>Matches a role typed on the command line or in a form, ignoring case, spaces and hyphens.</summary>
    public static string? Find(string name)
    {
        var wanted = Simplify(name);
        return All.FirstOrDefault(role => Simplify(role) == wanted);
    }

    private static string Simplify(string value) =>
        new(value.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
