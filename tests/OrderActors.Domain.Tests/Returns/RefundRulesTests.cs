using OrderActors.Domain.Returns;

namespace OrderActors.Domain.Tests.Returns;

public sealed class RefundRulesTests
{
    private const long GoodsValue = 5000;

    private static RefundDecision Decide(RefundStatus from, RefundStatus to, long amount, ReturnStatus status = ReturnStatus.Received, long current = 0) =>
        RefundRules.Decide(status, from, current, to, amount, GoodsValue);

    [Theory]
    [InlineData(RefundStatus.None, RefundStatus.Pending)]
    [InlineData(RefundStatus.None, RefundStatus.Refunded)]
    [InlineData(RefundStatus.None, RefundStatus.Rejected)]
    [InlineData(RefundStatus.Pending, RefundStatus.Refunded)]
    [InlineData(RefundStatus.Pending, RefundStatus.Rejected)]
    public void The_refund_moves_forward(RefundStatus from, RefundStatus to)
    {
        var d = Decide(from, to, 3000, current: from == RefundStatus.Pending ? 2000 : 0);

        Assert.True(d.IsAllowed);
        Assert.True(d.Changed);
    }

    [Theory]
    [InlineData(RefundStatus.Refunded, RefundStatus.Pending)]
    [InlineData(RefundStatus.Refunded, RefundStatus.Rejected)]
    [InlineData(RefundStatus.Rejected, RefundStatus.Refunded)]
    [InlineData(RefundStatus.Rejected, RefundStatus.Pending)]
    [InlineData(RefundStatus.Pending, RefundStatus.None)]
    public void Refunded_and_rejected_are_final_and_nothing_goes_back_to_none(RefundStatus from, RefundStatus to)
    {
        Assert.Equal(ReturnRejection.RefundNotAllowed, Decide(from, to, 3000, current: 1000).Check.Rejection);
    }

    [Fact]
    public void A_repeat_changes_nothing_and_a_pending_amount_can_be_corrected()
    {
        var repeat = Decide(RefundStatus.Refunded, RefundStatus.Refunded, 3000, current: 3000);
        Assert.True(repeat.IsAllowed);
        Assert.False(repeat.Changed);

        Assert.True(Decide(RefundStatus.Pending, RefundStatus.Pending, 2500, current: 3000).Changed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(GoodsValue + 1)]
    public void The_amount_is_positive_and_at_most_the_value_of_the_returned_goods(long amount)
    {
        Assert.Equal(ReturnRejection.InvalidRefundAmount, Decide(RefundStatus.None, RefundStatus.Refunded, amount).Check.Rejection);
    }

    [Fact]
    public void A_cancelled_return_takes_no_refund_but_a_pending_one_can_be_rejected()
    {
        Assert.Equal(ReturnRejection.RefundNotAllowed, Decide(RefundStatus.None, RefundStatus.Refunded, 100, ReturnStatus.Cancelled).Check.Rejection);
        Assert.True(Decide(RefundStatus.Pending, RefundStatus.Rejected, 0, ReturnStatus.Cancelled, 100).Changed);
    }
}
