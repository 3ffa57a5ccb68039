using OrderActors.Domain.Returns;

namespace OrderActors.Domain.Tests.Returns;

public sealed class ReturnStateMachineTests
{
    // The lifecycle as the business states it, written out independently of the implementation's table.
    private static readonly HashSet<(ReturnStatus, ReturnTrigger, ReturnStatus)> Expected =
    [
        (ReturnStatus.Requested, ReturnTrigger.Receive, ReturnStatus.Received),
        (ReturnStatus.Requested, ReturnTrigger.Cancel, ReturnStatus.Cancelled),
        (ReturnStatus.Received, ReturnTrigger.PassQc, ReturnStatus.QcPassed),
        (ReturnStatus.Received, ReturnTrigger.PartlyPassQc, ReturnStatus.QcPartlyPassed),
        (ReturnStatus.Received, ReturnTrigger.FailQc, ReturnStatus.QcFailed),
    ];

    public static TheoryData<ReturnStatus, ReturnTrigger> EveryPair()
    {
        var data = new TheoryData<ReturnStatus, ReturnTrigger>();
        foreach (var status in Enum.GetValues<ReturnStatus>())
        {
            foreach (var trigger in Enum.GetValues<ReturnTrigger>())
            {
                data.Add(status, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_status_and_trigger_is_either_an_expected_transition_or_a_rejection_with_a_reason(ReturnStatus from, ReturnTrigger trigger)
    {
        var t = ReturnStateMachine.Decide(from, trigger);

        var expected = Expected.FirstOrDefault(e => e.Item1 == from && e.Item2 == trigger);
        if (expected != default)
        {
            Assert.True(t.IsAllowed);
            Assert.Equal(expected.Item3, t.To);
        }
        else
        {
            Assert.False(t.IsAllowed);
            Assert.NotEqual(ReturnRejection.None, t.Rejection);
            Assert.Equal(from, t.To);
            Assert.False(string.IsNullOrWhiteSpace(t.Describe()));
        }
    }

    [Fact]
    public void The_table_holds_exactly_the_expected_transitions()
    {
        Assert.Equal(Expected.OrderBy(e => e.ToString()), ReturnStateMachine.AllowedTransitions.OrderBy(e => e.ToString()));
    }

    [Theory]
    [InlineData(ReturnTrigger.PassQc)]
    [InlineData(ReturnTrigger.PartlyPassQc)]
    [InlineData(ReturnTrigger.FailQc)]
    public void Qc_before_the_goods_arrived_is_refused_as_not_received(ReturnTrigger qc)
    {
        Assert.Equal(ReturnRejection.NotReceived, ReturnStateMachine.Decide(ReturnStatus.Requested, qc).Rejection);
    }

    [Fact]
    public void A_received_return_cannot_be_cancelled_or_received_again()
    {
        Assert.Equal(ReturnRejection.AlreadyReceived, ReturnStateMachine.Decide(ReturnStatus.Received, ReturnTrigger.Cancel).Rejection);
        Assert.Equal(ReturnRejection.AlreadyReceived, ReturnStateMachine.Decide(ReturnStatus.Received, ReturnTrigger.Receive).Rejection);
    }

    [Theory]
    [InlineData(ReturnStatus.QcPassed)]
    [InlineData(ReturnStatus.QcPartlyPassed)]
    [InlineData(ReturnStatus.QcFailed)]
    [InlineData(ReturnStatus.Cancelled)]
    public void Closed_returns_refuse_everything_as_closed(ReturnStatus closed)
    {
        Assert.All(Enum.GetValues<ReturnTrigger>(), t => Assert.Equal(ReturnRejection.ReturnClosed, ReturnStateMachine.Decide(closed, t).Rejection));
    }

    [Theory]
    [InlineData(3, 0, ReturnTrigger.PassQc)]
    [InlineData(0, 3, ReturnTrigger.FailQc)]
    [InlineData(2, 1, ReturnTrigger.PartlyPassQc)]
    public void The_qc_trigger_follows_from_passed_and_failed_units(int passed, int failed, ReturnTrigger expected)
    {
        Assert.Equal(expected, ReturnStateMachine.QcTrigger(passed, failed));
    }
}
