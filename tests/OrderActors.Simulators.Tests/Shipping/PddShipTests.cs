using OrderActors.Grains.Channels;
using OrderActors.Simulators.Pdd;

namespace OrderActors.Simulators.Tests.Shipping;

/// <summary>Pinduoduo <c>pdd.logistics.online.send</c> against the Pinduoduo simulator.</summary>
public sealed class PddShipTests : ShipContractTests
{
    private protected override async Task<ShipBed> StartAsync() => new Bed(await PddTestBed.StartAsync());

    private sealed class Bed(PddTestBed bed) : ShipBed(bed.Http, "pdd", bed.Session, bed)
    {
        public override IPlatformAdapter Adapter { get; } = bed.Adapter();

        public override string OrderId => PddOrders.Sn(1);

        public override string CarrierCode => "44";

        public override string ShippedStatus => "order_status=2,refund_status=1";

        public override Task SeedPaidAsync(DateTimeOffset modified) => bed.SeedAsync([PddOrders.Paid(1, modified)]);

        /// <summary>Refunded: Pinduoduo has no cancelled order status, the money goes back through an after-sale.</summary>
        public override Task CancelAsync() => bed.ChangeAsync(OrderId, new PddSimOrderChange(RefundStatus: 4));
    }
}
