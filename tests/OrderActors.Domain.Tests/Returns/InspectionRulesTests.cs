using OrderActors.Domain.Returns;

namespace OrderActors.Domain.Tests.Returns;

public sealed class InspectionRulesTests
{
    private static readonly ReturnUnits[] Returned = [new("TEA", 3), new("CUP", 1)];

    [Fact]
    public void Every_returned_unit_gets_one_verdict()
    {
        Assert.True(InspectionRules.Check(Returned, [new("TEA", 2, 1), new("CUP", 0, 1)]).IsAllowed);
    }

    [Fact]
    public void Too_few_or_too_many_verdicts_are_refused_naming_the_sku()
    {
        var tooFew = InspectionRules.Check(Returned, [new("TEA", 2, 0), new("CUP", 1, 0)]);
        var tooMany = InspectionRules.Check(Returned, [new("TEA", 3, 1), new("CUP", 1, 0)]);

        Assert.Equal(ReturnRejection.QuantityMismatch, tooFew.Rejection);
        Assert.Contains("TEA", tooFew.Detail);
        Assert.Equal(ReturnRejection.QuantityMismatch, tooMany.Rejection);
    }

    [Fact]
    public void A_sku_left_out_a_foreign_sku_a_repeated_sku_or_a_negative_count_is_refused()
    {
        Assert.Equal(ReturnRejection.QuantityMismatch, InspectionRules.Check(Returned, [new("TEA", 3, 0)]).Rejection);
        Assert.Equal(ReturnRejection.QuantityMismatch, InspectionRules.Check(Returned, [new("TEA", 3, 0), new("CUP", 1, 0), new("SPOON", 1, 0)]).Rejection);
        Assert.Equal(ReturnRejection.QuantityMismatch, InspectionRules.Check(Returned, [new("TEA", 2, 0), new("TEA", 1, 0), new("CUP", 1, 0)]).Rejection);
        Assert.Equal(ReturnRejection.QuantityMismatch, InspectionRules.Check(Returned, [new("TEA", 4, -1), new("CUP", 1, 0)]).Rejection);
    }

    [Fact]
    public void The_same_verdict_is_recognised_whatever_the_line_order()
    {
        Assert.True(InspectionRules.SameVerdict([new("TEA", 2, 1), new("CUP", 0, 1)], [new("CUP", 0, 1), new("TEA", 2, 1)]));
        Assert.False(InspectionRules.SameVerdict([new("TEA", 2, 1), new("CUP", 0, 1)], [new("CUP", 0, 1), new("TEA", 3, 0)]));
    }
}
