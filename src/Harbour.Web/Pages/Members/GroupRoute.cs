using Harbour.Core.Governance;

namespace Harbour.Web.Pages.Members;

/// <summary>How a group is named in addresses: <c>?group=pursue</c> for the Pursue group, nothing for the partnership.</summary>
public static class GroupRoute
{
    public static PartnershipGroup Parse(string? value) =>
        string.Equals(value, "pursue", StringComparison.OrdinalIgnoreCase) ? PartnershipGroup.Pursue : PartnershipGroup.Partnership;

    public static string Query(PartnershipGroup group) => group == PartnershipGroup.Pursue ? "group=pursue" : "group=partnership";

    public static string Name(PartnershipGroup group) => group == PartnershipGroup.Pursue ? "Pursue group" : "Partnership";
}
