using OrderActors.Domain.Orders;
using OrderActors.Domain.Returns;

namespace OrderActors.Domain.Tests.Returns;

public sealed class ReturnRequestRulesTests
{
    private static readonly ReturnUnits[] Shipped = [new("TEA", 3), new("CUP", 1), new("TEA", 2)];

    private static ReturnCheck Check(OrderStatus status, ReturnUnits[] requested, params ReturnUnits[] claimed) =>
        ReturnRequestRules.Check(status, Shipped, claimed, requested);

    [Theory]
    [InlineData(OrderStatus.Shipped)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Completed)]
    public void A_shipped_order_takes_a_return_of_what_it_shipped(OrderStatus status)
    {
        Assert.True(Check(status, [new("TEA", 5), new("CUP", 1)]).IsAllowed);
    }

    [Theory]
    [InlineData(OrderStatus.Created)]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.Allocated)]
    [InlineData(OrderStatus.Outbound)]
    [InlineData(OrderStatus.Cancelled)]
    public void An_order_that_has_not_shipped_takes_no_return(OrderStatus status)
    {
        var check = Check(status, [new("TEA", 1)]);

        Assert.Equal(ReturnRejection.OrderNotShipped, check.Rejection);
        Assert.Contains(status.ToString(), check.Detail);
    }

    [Fact]
    public void A_sku_that_is_not_on_the_order_is_refused()
    {
        Assert.Equal(ReturnRejection.SkuNotInOrder, Check(OrderStatus.Shipped, [new("SPOON", 1)]).Rejection);
    }

    [Fact]
    public void Units_add_up_over_the_orders_lines_and_its_other_returns()
    {
        // 5 TEA shipped on two lines, 3 already in other returns: 2 left.
        Assert.True(Check(OrderStatus.Delivered, [new("TEA", 2)], new("TEA", 1), new("TEA", 2)).IsAllowed);

        var over = Check(OrderStatus.Delivered, [new("TEA", 3)], new("TEA", 1), new("TEA", 2));
        Assert.Equal(ReturnRejection.ExceedsShipped, over.Rejection);
        Assert.Contains("2 left", over.Detail);
    }

    [Fact]
    public void More_than_shipped_is_refused_even_without_other_returns()
    {
        Assert.Equal(ReturnRejection.ExceedsShipped, Check(OrderStatus.Shipped, [new("CUP", 2)]).Rejection);
    }

    [Fact]
    public void Lines_must_be_positive_one_per_sku_and_at_least_one()
    {
        Assert.Equal(ReturnRejection.InvalidLines, Check(OrderStatus.Shipped, []).Rejection);
        Assert.Equal(ReturnRejection.InvalidLines, Check(OrderStatus.Shipped, [new("TEA", 0)]).Rejection);
        Assert.Equal(ReturnRejection.InvalidLines, Check(OrderStatus.Shipped, [new("TEA", 1), new("TEA", 1)]).Rejection);
    }
}
