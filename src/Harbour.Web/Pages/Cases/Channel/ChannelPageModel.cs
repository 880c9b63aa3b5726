using Harbour.Core.Accounts;
using Harbour.Core.Cases;
using Harbour.Core.Pathways;

namespace Harbour.Web.Pages.Cases.Channel;

/// <summary>A page of the case's Prevent referral and Channel support: the case, then the latest Channel pathway.</summary>
public abstract class ChannelPageModel(CaseService cases, ChannelService channel) : CasePageModel(cases)
{
    public ChannelRecord? Record { get; private set; }

    public Pathway? Pathway => Record?.Pathway;

    public bool IsPreventLead => User.IsInRole(HarbourRoles.PreventLead);

    protected ChannelService Channel => channel;

    protected override async Task LoadAsync() => Record = await channel.ForCaseAsync(Case.Id);

    /// <summary>The pathway the form acts on; a post with none in progress is refused by the service's state checks.</summary>
    protected Guid PathwayId => Pathway?.Id ?? throw new KeyNotFoundException("This case has no Prevent referral.");
}
