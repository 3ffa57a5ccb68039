using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels;

namespace OrderActors.Simulators.Tests.Shipping;

/// <summary>
/// Every platform's ship call, adapter against simulator over HTTP: accepted (the order shows shipped with a
/// newer modified time, so the next pull sees it), repeated, refused for good when the order is cancelled,
/// unknown or shipped with another waybill, or the carrier is unknown, and retried after a token refresh.
/// </summary>
public abstract class ShipContractTests
{
    private const string Waybill = "SF1234567890";

    private protected abstract Task<ShipBed> StartAsync();

    private static DateTimeOffset AnHourAgo => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds());

    [Fact]
    public async Task A_ship_call_marks_the_order_shipped_with_the_waybill_and_a_newer_modified_time_and_a_repeat_is_acknowledged()
    {
        await using var bed = await StartAsync();
        var modified = AnHourAgo;
        await bed.SeedPaidAsync(modified);

        var first = await bed.Adapter.ShipAsync(bed.AccessToken, bed.Shipment(Waybill));
        var repeat = await bed.Adapter.ShipAsync(bed.AccessToken, bed.Shipment(Waybill));
        var order = await bed.ReadAsync();

        Assert.Equal(ShipAnswer.Shipped, first);
        Assert.Equal(bed.RepeatAnswer, repeat);
        Assert.Equal(bed.ShippedStatus, order.RawStatus);
        Assert.True(order.ModifiedAt > modified, "the platform's modified time moves, so the next incremental pull sees the change");
        var shipped = Assert.Single(await bed.ShipmentsAsync());
        Assert.Equal((bed.OrderId, bed.CarrierCode, Waybill, 2), (shipped.OrderId, shipped.Company, shipped.Waybill, shipped.Calls));
    }

    [Fact]
    public async Task Another_waybill_for_a_shipped_order_is_refused_for_good()
    {
        await using var bed = await StartAsync();
        await bed.SeedPaidAsync(AnHourAgo);
        await bed.Adapter.ShipAsync(bed.AccessToken, bed.Shipment(Waybill));

        var refused = await Assert.ThrowsAnyAsync<PlatformCallException>(() => bed.Adapter.ShipAsync(bed.AccessToken, bed.Shipment("SF9999999999")));

        Assert.Equal(PlatformErrorClass.Permanent, refused.ErrorClass);
        Assert.Equal(Waybill, Assert.Single(await bed.ShipmentsAsync()).Waybill);
    }

    [Fact]
    public async Task A_cancelled_or_unknown_order_is_refused_for_good_and_nothing_is_shipped()
    {
        await using var bed = await StartAsync();
        var unknown = await Assert.ThrowsAnyAsync<PlatformCallException>(() => bed.Adapter.ShipAsync(bed.AccessToken, bed.Shipment(Waybill)));
        await bed.SeedPaidAsync(AnHourAgo);
        await bed.CancelAsync();

        var cancelled = await Assert.ThrowsAnyAsync<PlatformCallException>(() => bed.Adapter.ShipAsync(bed.AccessToken, bed.Shipment(Waybill)));

        Assert.Equal(PlatformErrorClass.Permanent, unknown.ErrorClass);
        Assert.Equal(PlatformErrorClass.Permanent, cancelled.ErrorClass);
        Assert.NotEqual(bed.ShippedStatus, (await bed.ReadAsync()).RawStatus);
        Assert.Empty(await bed.ShipmentsAsync());
    }

    [Fact]
    public async Task A_carrier_code_the_platform_does_not_know_is_refused_for_good()
    {
        await using var bed = await StartAsync();
        await bed.SeedPaidAsync(AnHourAgo);

        var refused = await Assert.ThrowsAnyAsync<PlatformCallException>(() => bed.Adapter.ShipAsync(bed.AccessToken, bed.Shipment(Waybill, carrierCode: "NO-SUCH-CARRIER")));

        Assert.Equal(PlatformErrorClass.Permanent, refused.ErrorClass);
        Assert.Empty(await bed.ShipmentsAsync());
    }

    [Fact]
    public async Task An_expired_token_is_AuthExpired_and_the_ship_call_goes_through_after_a_refresh()
    {
        await using var bed = await StartAsync();
        await bed.SeedPaidAsync(AnHourAgo);
        await bed.ExpireTokenAsync();

        var expired = await Assert.ThrowsAnyAsync<PlatformCallException>(() => bed.Adapter.ShipAsync(bed.AccessToken, bed.Shipment(Waybill)));
        await bed.RefreshAsync();
        var shipped = await bed.Adapter.ShipAsync(bed.AccessToken, bed.Shipment(Waybill));

        Assert.Equal(PlatformErrorClass.AuthExpired, expired.ErrorClass);
        Assert.Equal(ShipAnswer.Shipped, shipped);
        Assert.Equal(bed.ShippedStatus, (await bed.ReadAsync()).RawStatus);
    }
}
