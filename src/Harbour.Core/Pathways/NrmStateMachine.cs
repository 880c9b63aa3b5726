using Stateless;

namespace Harbour.Core.Pathways;

/// <summary>
/// The NRM's allowed moves, in one place. Built over a pathway's stored state, so the machine is the only way the
/// state changes; anything else is refused with a message saying what has to happen first.
/// </summary>
public static class NrmStateMachine
{
    public static StateMachine<NrmState, NrmTrigger> For(Pathway pathway)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        var machine = new StateMachine<NrmState, NrmTrigger>(() => pathway.NrmState, state => pathway.NrmState = state);
        machine.Configure(NrmState.AwaitingConsent)
            .Permit(NrmTrigger.GiveConsent, NrmState.ReadyToSubmit)
            .Permit(NrmTrigger.RefuseConsent, NrmState.ConsentRefused)
            .Permit(NrmTrigger.Withdraw, NrmState.Withdrawn);
        machine.Configure(NrmState.ReadyToSubmit)
            .Permit(NrmTrigger.Submit, NrmState.AwaitingReasonableGrounds)
            .Permit(NrmTrigger.Withdraw, NrmState.Withdrawn);
        machine.Configure(NrmState.AwaitingReasonableGrounds)
            .Permit(NrmTrigger.PositiveReasonableGrounds, NrmState.AwaitingConclusiveGrounds)
            .Permit(NrmTrigger.NegativeReasonableGrounds, NrmState.ReasonableGroundsNegative)
            .Permit(NrmTrigger.Withdraw, NrmState.Withdrawn);
        machine.Configure(NrmState.AwaitingConclusiveGrounds)
            .Permit(NrmTrigger.PositiveConclusiveGrounds, NrmState.ConclusiveGroundsPositive)
            .Permit(NrmTrigger.NegativeConclusiveGrounds, NrmState.ConclusiveGroundsNegative)
            .Permit(NrmTrigger.Withdraw, NrmState.Withdrawn);
        machine.Configure(NrmState.ReasonableGroundsNegative)
            .Permit(NrmTrigger.RequestReconsideration, NrmState.ReconsiderationRequested);
        machine.Configure(NrmState.ConclusiveGroundsNegative)
            .Permit(NrmTrigger.RequestReconsideration, NrmState.ReconsiderationRequested);
        // A reconsidered decision is a new decision: Reasonable Grounds or Conclusive Grounds, either way.
        machine.Configure(NrmState.ReconsiderationRequested)
            .Permit(NrmTrigger.PositiveReasonableGrounds, NrmState.AwaitingConclusiveGrounds)
            .Permit(NrmTrigger.NegativeReasonableGrounds, NrmState.ReasonableGroundsNegative)
            .Permit(NrmTrigger.PositiveConclusiveGrounds, NrmState.ConclusiveGroundsPositive)
            .Permit(NrmTrigger.NegativeConclusiveGrounds, NrmState.ConclusiveGroundsNegative);
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new ValidationFailedException("Transition", Refusal(state, trigger)));
        return machine;
    }

    /// <summary>Why a move is not allowed now, in words a first responder understands.</summary>
    public static string Refusal(NrmState state, NrmTrigger trigger) => trigger switch
    {
        NrmTrigger.GiveConsent or NrmTrigger.RefuseConsent => "Consent has already been recorded for this referral",
        NrmTrigger.Submit when state == NrmState.AwaitingConsent => "Record the person's informed consent before submitting the referral",
        NrmTrigger.Submit => "The referral has already been submitted",
        NrmTrigger.PositiveReasonableGrounds or NrmTrigger.NegativeReasonableGrounds =>
            "A Reasonable Grounds decision can only be recorded for a submitted referral that is waiting for one",
        NrmTrigger.PositiveConclusiveGrounds or NrmTrigger.NegativeConclusiveGrounds =>
            "A Conclusive Grounds decision can only follow a positive Reasonable Grounds decision",
        NrmTrigger.RequestReconsideration => "Reconsideration can only be asked for after a negative decision",
        NrmTrigger.Withdraw => "A referral with a decision or a refusal cannot be withdrawn",
        _ => "That is not possible at this stage of the referral",
    };
}
