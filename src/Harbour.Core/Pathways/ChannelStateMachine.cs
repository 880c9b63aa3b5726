using Stateless;

namespace Harbour.Core.Pathways;

/// <summary>
/// Channel's allowed moves: gateway, panel, consent (Channel is voluntary), support, exit and the two reviews.
/// The person can withdraw at any point before exit.
/// </summary>
public static class ChannelStateMachine
{
    public static IReadOnlySet<ChannelState> Finished { get; } = new HashSet<ChannelState>
    {
        ChannelState.Completed, ChannelState.NoFurtherAction, ChannelState.Signposted, ChannelState.NotAdopted,
        ChannelState.ConsentRefused, ChannelState.Withdrawn,
    };

    public static StateMachine<ChannelState, ChannelTrigger> For(Pathway pathway)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        var machine = new StateMachine<ChannelState, ChannelTrigger>(
            () => pathway.ChannelState ?? throw new InvalidOperationException("Not a Channel pathway."),
            state => pathway.ChannelState = state);
        machine.Configure(ChannelState.Referred)
            .Permit(ChannelTrigger.GatewayNoFurtherAction, ChannelState.NoFurtherAction)
            .Permit(ChannelTrigger.GatewaySignpost, ChannelState.Signposted)
            .Permit(ChannelTrigger.GatewayToPanel, ChannelState.AwaitingPanel);
        machine.Configure(ChannelState.AwaitingPanel)
            .Permit(ChannelTrigger.Adopt, ChannelState.AwaitingConsent)
            .Permit(ChannelTrigger.NotAdopt, ChannelState.NotAdopted)
            .Permit(ChannelTrigger.Withdraw, ChannelState.Withdrawn);
        machine.Configure(ChannelState.AwaitingConsent)
            .Permit(ChannelTrigger.GiveConsent, ChannelState.SupportInProgress)
            .Permit(ChannelTrigger.RefuseConsent, ChannelState.ConsentRefused)
            .Permit(ChannelTrigger.Withdraw, ChannelState.Withdrawn);
        machine.Configure(ChannelState.SupportInProgress)
            .Permit(ChannelTrigger.Exit, ChannelState.AwaitingSixMonthReview)
            .Permit(ChannelTrigger.Withdraw, ChannelState.Withdrawn);
        machine.Configure(ChannelState.AwaitingSixMonthReview)
            .Permit(ChannelTrigger.SixMonthReview, ChannelState.AwaitingTwelveMonthReview);
        machine.Configure(ChannelState.AwaitingTwelveMonthReview)
            .Permit(ChannelTrigger.TwelveMonthReview, ChannelState.Completed);
        machine.OnUnhandledTrigger((state, trigger) => throw new ValidationFailedException("Transition", Refusal(state, trigger)));
        return machine;
    }

    /// <summary>Why a move is not allowed now, in words a Prevent lead understands.</summary>
    public static string Refusal(ChannelState state, ChannelTrigger trigger) => trigger switch
    {
        ChannelTrigger.GatewayNoFurtherAction or ChannelTrigger.GatewaySignpost or ChannelTrigger.GatewayToPanel =>
            "The gateway assessment has already been recorded",
        ChannelTrigger.Adopt or ChannelTrigger.NotAdopt when state == ChannelState.Referred =>
            "The police gateway assessment must send the case to the Channel panel before the panel can decide",
        ChannelTrigger.Adopt or ChannelTrigger.NotAdopt => "The panel has already decided whether to adopt the case",
        ChannelTrigger.GiveConsent or ChannelTrigger.RefuseConsent when state is ChannelState.Referred or ChannelState.AwaitingPanel =>
            "Consent to Channel support is asked for only after the panel adopts the case",
        ChannelTrigger.GiveConsent or ChannelTrigger.RefuseConsent => "Consent to Channel support has already been recorded",
        ChannelTrigger.Exit => "Only a person receiving Channel support can exit Channel",
        ChannelTrigger.SixMonthReview => "The 6-month review follows exit from Channel",
        ChannelTrigger.TwelveMonthReview => "The 12-month review follows the 6-month review",
        ChannelTrigger.Withdraw => "Withdrawal is only possible between the gateway and exit",
        _ => "That is not possible at this stage of the Channel case",
    };
}
