using System.Globalization;
using OrderActors.Grains.Channels;
using OrderActors.Simulators.Jd;

namespace OrderActors.Simulators.Tests.Shipping;

/// <summary>JOS <c>jingdong.pop.order.shipment</c> against the JD simulator.</summary>
public sealed class JdShipTests : ShipContractTests
{
    private protected override async Task<ShipBed> StartAsync() => new Bed(await JdTestBed.StartAsync());

    private sealed class Bed(JdTestBed bed) : ShipBed(bed.Http, "jd", bed.Session, bed)
    {
        private const long Id = 8001;

        public override IPlatformAdapter Adapter { get; } = bed.Adapter();

        public override string OrderId => Id.ToString(CultureInfo.InvariantCulture);

        public override string CarrierCode => "467";

        public override string ShippedStatus => "WAIT_GOODS_RECEIVE_CONFIRM";

        public override Task SeedPaidAsync(DateTimeOffset modified) => bed.SeedAsync([JdOrders.Paid(Id, modified)]);

        public override Task CancelAsync() => bed.ChangeAsync(Id, new SimJdOrderChange(OrderState: "TRADE_CANCELED"));
    }
}
