using Harbour.Core.Pathways;

namespace Harbour.Core.Tests.Pathways;

/// <summary>Every state against every trigger: the allowed moves go where they should, everything else is refused.</summary>
public sealed class NrmStateMachineTests
{
    private static readonly Dictionary<(NrmState, NrmTrigger), NrmState> Allowed = new()
    {
        [(NrmState.AwaitingConsent, NrmTrigger.GiveConsent)] = NrmState.ReadyToSubmit,
        [(NrmState.AwaitingConsent, NrmTrigger.RefuseConsent)] = NrmState.ConsentRefused,
        [(NrmState.AwaitingConsent, NrmTrigger.Withdraw)] = NrmState.Withdrawn,
        [(NrmState.ReadyToSubmit, NrmTrigger.Submit)] = NrmState.AwaitingReasonableGrounds,
        [(NrmState.ReadyToSubmit, NrmTrigger.Withdraw)] = NrmState.Withdrawn,
        [(NrmState.AwaitingReasonableGrounds, NrmTrigger.PositiveReasonableGrounds)] = NrmState.AwaitingConclusiveGrounds,
        [(NrmState.AwaitingReasonableGrounds, NrmTrigger.NegativeReasonableGrounds)] = NrmState.ReasonableGroundsNegative,
        [(NrmState.AwaitingReasonableGrounds, NrmTrigger.Withdraw)] = NrmState.Withdrawn,
        [(NrmState.AwaitingConclusiveGrounds, NrmTrigger.PositiveConclusiveGrounds)] = NrmState.ConclusiveGroundsPositive,
        [(NrmState.AwaitingConclusiveGrounds, NrmTrigger.NegativeConclusiveGrounds)] = NrmState.ConclusiveGroundsNegative,
        [(NrmState.AwaitingConclusiveGrounds, NrmTrigger.Withdraw)] = NrmState.Withdrawn,
        [(NrmState.ReasonableGroundsNegative, NrmTrigger.RequestReconsideration)] = NrmState.ReconsiderationRequested,
        [(NrmState.ConclusiveGroundsNegative, NrmTrigger.RequestReconsideration)] = NrmState.ReconsiderationRequested,
        [(NrmState.ReconsiderationRequested, NrmTrigger.PositiveReasonableGrounds)] = NrmState.AwaitingConclusiveGrounds,
        [(NrmState.ReconsiderationRequested, NrmTrigger.NegativeReasonableGrounds)] = NrmState.ReasonableGroundsNegative,
        [(NrmState.ReconsiderationRequested, NrmTrigger.PositiveConclusiveGrounds)] = NrmState.ConclusiveGroundsPositive,
        [(NrmState.ReconsiderationRequested, NrmTrigger.NegativeConclusiveGrounds)] = NrmState.ConclusiveGroundsNegative,
    };

    public static TheoryData<NrmState, NrmTrigger> EveryPair()
    {
        var data = new TheoryData<NrmState, NrmTrigger>();
        foreach (var state in Enum.GetValues<NrmState>())
        {
            foreach (var trigger in Enum.GetValues<NrmTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Fire_FromEveryState_AllowsOnlyTheNrmsMoves(NrmState state, NrmTrigger trigger)
    {
        var pathway = new Pathway { NrmState = state };
        var machine = NrmStateMachine.For(pathway);

        if (Allowed.TryGetValue((state, trigger), out var next))
        {
            machine.Fire(trigger);
            Assert.Equal(next, pathway.NrmState);
        }
        else
        {
            Assert.False(machine.CanFire(trigger));
            var refused = Assert.Throws<ValidationFailedException>(() => machine.Fire(trigger));
            Assert.Equal(NrmStateMachine.Refusal(state, trigger), refused.Errors["Transition"]);
            Assert.Equal(state, pathway.NrmState);
        }
    }

    [Fact]
    public void Refusal_ConclusiveBeforeReasonableGrounds_SaysWhatMustHappenFirst() =>
        Assert.Equal("A Conclusive Grounds decision can only follow a positive Reasonable Grounds decision",
            NrmStateMachine.Refusal(NrmState.AwaitingReasonableGrounds, NrmTrigger.PositiveConclusiveGrounds));
}
