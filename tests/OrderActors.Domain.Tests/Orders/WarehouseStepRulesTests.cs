using OrderActors.Domain.Orders;

namespace OrderActors.Domain.Tests.Orders;

public sealed class WarehouseStepRulesTests
{
    private static readonly WarehouseProgress Nothing = new(false, false, false);
    private static readonly WarehouseProgress Picked = new(true, false, false);
    private static readonly WarehouseProgress Packed = new(true, true, false);

    [Theory]
    [InlineData(WarehouseStep.Picked)]
    [InlineData(WarehouseStep.Packed)]
    [InlineData(WarehouseStep.OutboundScan)]
    public void A_cancelled_order_refuses_every_warehouse_step(WarehouseStep step)
    {
        var decision = WarehouseStepRules.Decide(OrderStatus.Cancelled, false, Nothing, step);

        Assert.Equal((WarehouseStepOutcome.Refused, "OrderClosed"), (decision.Outcome, decision.Reason));
    }

    [Fact]
    public void An_order_not_yet_allocated_or_backordered_cannot_be_picked()
    {
        Assert.Equal("NotAllocated", WarehouseStepRules.Decide(OrderStatus.Paid, false, Nothing, WarehouseStep.Picked).Reason);
        Assert.Equal("NotAllocated", WarehouseStepRules.Decide(OrderStatus.Created, false, Nothing, WarehouseStep.Picked).Reason);
        Assert.Equal("NotAllocated", WarehouseStepRules.Decide(OrderStatus.Allocated, true, Nothing, WarehouseStep.Picked).Reason);
    }

    [Fact]
    public void Steps_apply_in_order_and_an_early_step_is_refused_as_out_of_order()
    {
        Assert.Equal(WarehouseStepOutcome.Apply, WarehouseStepRules.Decide(OrderStatus.Allocated, false, Nothing, WarehouseStep.Picked).Outcome);
        Assert.Equal("OutOfOrder", WarehouseStepRules.Decide(OrderStatus.Allocated, false, Nothing, WarehouseStep.Packed).Reason);
        Assert.Equal(WarehouseStepOutcome.Apply, WarehouseStepRules.Decide(OrderStatus.Allocated, false, Picked, WarehouseStep.Packed).Outcome);
        Assert.Equal("OutOfOrder", WarehouseStepRules.Decide(OrderStatus.Allocated, false, Picked, WarehouseStep.OutboundScan).Reason);
        Assert.Equal(WarehouseStepOutcome.Apply, WarehouseStepRules.Decide(OrderStatus.Allocated, false, Packed, WarehouseStep.OutboundScan).Outcome);
    }

    [Fact]
    public void A_step_reported_again_is_already_done_not_refused()
    {
        Assert.Equal(WarehouseStepOutcome.AlreadyDone, WarehouseStepRules.Decide(OrderStatus.Allocated, false, Packed, WarehouseStep.Picked).Outcome);
        Assert.Equal(WarehouseStepOutcome.AlreadyDone, WarehouseStepRules.Decide(OrderStatus.Shipped, false, new(true, true, true), WarehouseStep.OutboundScan).Outcome);
    }

    [Fact]
    public void Once_shipped_the_warehouse_steps_are_over()
    {
        Assert.Equal("AlreadyLeftWarehouse", WarehouseStepRules.Decide(OrderStatus.Shipped, false, Nothing, WarehouseStep.Picked).Reason);
    }
}
