using OrderActors.Grains.Channels;
using OrderActors.Simulators.Douyin;

namespace OrderActors.Simulators.Tests.Shipping;

/// <summary>Douyin <c>order.logisticsAdd</c> against the Douyin simulator.</summary>
public sealed class DouyinShipTests : ShipContractTests
{
    private protected override async Task<ShipBed> StartAsync() => new Bed(await DouyinTestBed.StartAsync());

    private sealed class Bed(DouyinTestBed bed) : ShipBed(bed.Http, "douyin", bed.Session, bed)
    {
        public override IPlatformAdapter Adapter { get; } = bed.Adapter();

        public override string OrderId => DouyinOrders.Id(1);

        public override string CarrierCode => "shunfeng";

        public override string ShippedStatus => "3";

        public override Task SeedPaidAsync(DateTimeOffset modified) => bed.SeedAsync([DouyinOrders.Paid(1, modified)]);

        public override Task CancelAsync() => bed.ChangeAsync(OrderId, new SimDouyinOrderChange(OrderStatus: 4));
    }
}
