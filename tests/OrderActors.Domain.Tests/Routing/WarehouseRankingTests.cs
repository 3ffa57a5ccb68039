using OrderActors.Domain.Routing;

namespace OrderActors.Domain.Tests.Routing;

public sealed class WarehouseRankingTests
{
    [Fact]
    public void Warehouses_in_the_destination_province_come_first_then_the_rest_in_a_stable_order_and_inactive_ones_never()
    {
        WarehouseSite[] sites =
        [
            new("GZ1", "440000", true),
            new("BJ2", "110000", true),
            new("BJ1", "110000", true),
            new("SH1", "310000", true),
            new("BJ3", "110000", false),
        ];

        var ranked = WarehouseRanking.Rank("110000", sites).Select(s => s.Code);

        Assert.Equal(["BJ1", "BJ2", "GZ1", "SH1"], ranked);
    }
}
