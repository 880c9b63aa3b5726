using Harbour.Core.Pathways;

namespace Harbour.Core.Tests.Pathways;

/// <summary>Every Channel state against every trigger, and the same for safeguarding referrals.</summary>
public sealed class ChannelStateMachineTests
{
    private static readonly Dictionary<(ChannelState, ChannelTrigger), ChannelState> Allowed = new()
    {
        [(ChannelState.Referred, ChannelTrigger.GatewayNoFurtherAction)] = ChannelState.NoFurtherAction,
        [(ChannelState.Referred, ChannelTrigger.GatewaySignpost)] = ChannelState.Signposted,
        [(ChannelState.Referred, ChannelTrigger.GatewayToPanel)] = ChannelState.AwaitingPanel,
        [(ChannelState.AwaitingPanel, ChannelTrigger.Adopt)] = ChannelState.AwaitingConsent,
        [(ChannelState.AwaitingPanel, ChannelTrigger.NotAdopt)] = ChannelState.NotAdopted,
        [(ChannelState.AwaitingPanel, ChannelTrigger.Withdraw)] = ChannelState.Withdrawn,
        [(ChannelState.AwaitingConsent, ChannelTrigger.GiveConsent)] = ChannelState.SupportInProgress,
        [(ChannelState.AwaitingConsent, ChannelTrigger.RefuseConsent)] = ChannelState.ConsentRefused,
        [(ChannelState.AwaitingConsent, ChannelTrigger.Withdraw)] = ChannelState.Withdrawn,
        [(ChannelState.SupportInProgress, ChannelTrigger.Exit)] = ChannelState.AwaitingSixMonthReview,
        [(ChannelState.SupportInProgress, ChannelTrigger.Withdraw)] = ChannelState.Withdrawn,
        [(ChannelState.AwaitingSixMonthReview, ChannelTrigger.SixMonthReview)] = ChannelState.AwaitingTwelveMonthReview,
        [(ChannelState.AwaitingTwelveMonthReview, ChannelTrigger.TwelveMonthReview)] = ChannelState.Completed,
    };

    private static readonly Dictionary<(SafeguardingReferralState, SafeguardingReferralTrigger), SafeguardingReferralState> ReferralAllowed = new()
    {
        [(SafeguardingReferralState.Referred, SafeguardingReferralTrigger.Accept)] = SafeguardingReferralState.Accepted,
        [(SafeguardingReferralState.Referred, SafeguardingReferralTrigger.Decline)] = SafeguardingReferralState.NotAccepted,
        [(SafeguardingReferralState.Accepted, SafeguardingReferralTrigger.Conclude)] = SafeguardingReferralState.Concluded,
    };

    public static TheoryData<ChannelState, ChannelTrigger> EveryChannelPair()
    {
        var data = new TheoryData<ChannelState, ChannelTrigger>();
        foreach (var state in Enum.GetValues<ChannelState>())
        {
            foreach (var trigger in Enum.GetValues<ChannelTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    public static TheoryData<SafeguardingReferralState, SafeguardingReferralTrigger> EveryReferralPair()
    {
        var data = new TheoryData<SafeguardingReferralState, SafeguardingReferralTrigger>();
        foreach (var state in Enum.GetValues<SafeguardingReferralState>())
        {
            foreach (var trigger in Enum.GetValues<SafeguardingReferralTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryChannelPair))]
    public void Fire_FromEveryChannelState_AllowsOnlyChannelsMoves(ChannelState state, ChannelTrigger trigger)
    {
        var pathway = new Pathway { Kind = PathwayKind.Channel, ChannelState = state };
        var machine = ChannelStateMachine.For(pathway);

        if (Allowed.TryGetValue((state, trigger), out var next))
        {
            machine.Fire(trigger);
            Assert.Equal(next, pathway.ChannelState);
        }
        else
        {
            Assert.False(machine.CanFire(trigger));
            var refused = Assert.Throws<ValidationFailedException>(() => machine.Fire(trigger));
            Assert.Equal(ChannelStateMachine.Refusal(state, trigger), refused.Errors["Transition"]);
            Assert.Equal(state, pathway.ChannelState);
        }
    }

    [Theory]
    [MemberData(nameof(EveryReferralPair))]
    public void Fire_FromEveryReferralState_AllowsOnlyReferThenDecideThenConclude(SafeguardingReferralState state, SafeguardingReferralTrigger trigger)
    {
        var pathway = new Pathway { Kind = PathwayKind.CareActEnquiry, ReferralState = state };
        var machine = SafeguardingReferralStateMachine.For(pathway);

        if (ReferralAllowed.TryGetValue((state, trigger), out var next))
        {
            machine.Fire(trigger);
            Assert.Equal(next, pathway.ReferralState);
        }
        else
        {
            var refused = Assert.Throws<ValidationFailedException>(() => machine.Fire(trigger));
            Assert.Equal(SafeguardingReferralStateMachine.Refusal(state, trigger), refused.Errors["Transition"]);
            Assert.Equal(state, pathway.ReferralState);
        }
    }

    [Fact]
    public void Finished_IsExactlyTheStatesWithNoWayOut()
    {
        var withMoves = Allowed.Keys.Select(k => k.Item1).ToHashSet();
        Assert.Equal(Enum.GetValues<ChannelState>().Where(s => !withMoves.Contains(s)).Order(), ChannelStateMachine.Finished.Order());
    }

    [Fact]
    public void Framework_Has22FactorsThirteenSixThree()
    {
        var factors = VulnerabilityAssessmentFramework.Factors;
        Assert.Equal(22, factors.Count);
        Assert.Equal(13, factors.Count(f => f.Dimension == VulnerabilityDimension.Engagement));
        Assert.Equal(6, factors.Count(f => f.Dimension == VulnerabilityDimension.Intent));
        Assert.Equal(3, factors.Count(f => f.Dimension == VulnerabilityDimension.Capability));
        Assert.Equal(22, factors.Select(f => f.Code).Distinct().Count());
    }
}
