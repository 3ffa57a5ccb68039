using OrderActors.Grains.Channels;
using OrderActors.Simulators.WebStore;

namespace OrderActors.Simulators.Tests.Shipping;

/// <summary>The own web store's <c>POST orders/{id}/shipments</c> against the web store simulator.</summary>
public sealed class WebStoreShipTests : ShipContractTests
{
    private protected override async Task<ShipBed> StartAsync() => new Bed(await WebStoreTestBed.StartAsync());

    private sealed class Bed(WebStoreTestBed bed) : ShipBed(bed.Http, "webstore", bed.Session, bed)
    {
        public override IPlatformAdapter Adapter { get; } = bed.Adapter();

        public override string OrderId => WebOrders.Id(1);

        public override string CarrierCode => "SF";

        public override string ShippedStatus => "shipped";

        /// <summary>Our protocol tells a repeat apart: 200 instead of 201.</summary>
        public override ShipAnswer RepeatAnswer => ShipAnswer.AlreadyShipped;

        public override Task SeedPaidAsync(DateTimeOffset modified) => bed.SeedAsync([WebOrders.Paid(OrderId, modified)]);

        public override Task CancelAsync() => bed.ChangeAsync(OrderId, new SimWebOrderChange(Status: "cancelled"));
    }
}
