using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.Simulators.Carriers;

namespace OrderActors.Cluster.Tests.Carriers;

[Collection(CarrierClusterCollection.Name)]
public sealed class ParcelGrainTests(CarrierClusterFixture fixture)
{
    private static int _waybills;

    private static string NewWaybill() => $"SF{9_000_000_000_000 + Interlocked.Increment(ref _waybills) + (Environment.TickCount64 % 1_000_000) * 100}";

    private static CarrierTrackingEvent Scan(string code, DateTimeOffset at, ParcelState state) =>
        new($"sf:{code}:{at.ToUnixTimeSeconds()}:test", at, state, code, "杭州市", $"scan {code}");

    [Fact]
    public async Task Repeated_and_reordered_events_reach_the_timeline_once_in_time_order_and_a_late_scan_does_not_undo_the_delivery()
    {
        var waybill = NewWaybill();
        var orderId = await fixture.ShippedOrder("SF", waybill);
        var parcel = fixture.Client.GetGrain<IParcelGrain>($"SF:{waybill}");
        Assert.True(await parcel.Bind(orderId));
        var t = fixture.Clock.GetUtcNow();
        var picked = Scan("50", t.AddHours(1), ParcelState.PickedUp);
        var moving = Scan("30", t.AddHours(5), ParcelState.InTransit);
        var outFor = Scan("44", t.AddHours(20), ParcelState.OutForDelivery);
        var delivered = Scan("80", t.AddHours(22), ParcelState.Delivered);
        var late = Scan("31", t.AddHours(23), ParcelState.InTransit);

        Assert.Equal(2, await parcel.Record([moving, picked, moving]));
        Assert.Equal(2, await parcel.Record([delivered, outFor, picked]));
        Assert.Equal(1, await parcel.Record([late, delivered]));
        Assert.Equal(0, await parcel.Record([picked, late]));

        var view = (await fixture.Client.GetGrain<IParcelTrackingGrain>($"SF:{waybill}").Get())!;
        Assert.Equal(ParcelState.Delivered, view.State);
        Assert.Equal([picked.Key, moving.Key, outFor.Key, delivered.Key, late.Key], view.Events.Select(e => e.Key));
        Assert.False(view.Polling);
        Assert.NotNull(view.DeliveryConfirmedAt);

        var timeline = await fixture.Client.GetGrain<ITrackingGrain>(orderId).GetTimeline();
        Assert.Equal(("SF", waybill), (timeline.Carrier, timeline.WaybillNumber));
        Assert.Equal(view.Events.Select(e => e.Key), timeline.CarrierEvents.Select(e => e.Key));
        var order = (await fixture.Client.GetGrain<IOrderGrain>(orderId).Get())!;
        Assert.Equal(OrderStatus.Delivered, order.Status);
    }

    [Fact]
    public async Task Events_that_arrive_before_the_waybill_is_bound_are_kept_and_passed_on_at_binding()
    {
        var waybill = NewWaybill();
        var key = $"SF:{waybill}";
        var at = fixture.Clock.GetUtcNow();
        Assert.Equal(1, await fixture.Client.GetGrain<IParcelGrain>(key).Record([Scan("50", at, ParcelState.PickedUp)]));
        Assert.Null((await fixture.Client.GetGrain<IParcelTrackingGrain>(key).Get())!.OrderId);

        var orderId = await fixture.ShippedOrder("SF", waybill);
        Assert.True(await fixture.Client.GetGrain<IParcelGrain>(key).Bind(orderId));
        Assert.True(await fixture.Client.GetGrain<IParcelGrain>(key).Bind(orderId));
        Assert.False(await fixture.Client.GetGrain<IParcelGrain>(key).Bind("web:test-shop:someone-else"));

        var timeline = await fixture.Client.GetGrain<ITrackingGrain>(orderId).GetTimeline();
        Assert.Equal(ParcelState.PickedUp, Assert.Single(timeline.CarrierEvents).State);
        Assert.Equal(orderId, (await fixture.Client.GetGrain<IParcelTrackingGrain>(key).Get())!.OrderId);
    }

    [Fact]
    public async Task A_delivery_pushed_before_binding_is_confirmed_to_the_order_after_the_bind_has_answered()
    {
        var waybill = NewWaybill();
        var key = $"SF:{waybill}";
        var at = fixture.Clock.GetUtcNow();
        await fixture.Client.GetGrain<IParcelGrain>(key).Record([Scan("50", at, ParcelState.PickedUp), Scan("80", at.AddHours(3), ParcelState.Delivered)]);
        var orderId = await fixture.ShippedOrder("SF", waybill);

        Assert.True(await fixture.Client.GetGrain<IParcelGrain>(key).Bind(orderId));

        var order = await Testing.Eventually.Until(() => fixture.Client.GetGrain<IOrderGrain>(orderId).Get(), o => o!.Status == OrderStatus.Delivered);
        Assert.Equal(OrderStatus.Delivered, order!.Status);
        var parcel = (await fixture.Client.GetGrain<IParcelTrackingGrain>(key).Get())!;
        Assert.Equal((ParcelState.Delivered, false), (parcel.State, parcel.Polling));
        Assert.NotNull(parcel.DeliveryConfirmedAt);
    }

    [Fact]
    public async Task A_quiet_parcel_is_polled_after_two_hours_a_push_postpones_the_poll_and_polling_stops_once_delivered()
    {
        var (sim, _) = fixture.Carriers.Issue(CarrierSimulatorState.Sf, $"poll_{Guid.NewGuid():N}");
        var key = $"SF:{sim.Waybill}";
        var orderId = await fixture.ShippedOrder("SF", sim.Waybill);
        Assert.True(await fixture.Client.GetGrain<IParcelGrain>(key).Bind(orderId));
        var tracking = fixture.Client.GetGrain<IParcelTrackingGrain>(key);
        Step(sim.Waybill);
        Step(sim.Waybill);

        Assert.Equal(0, await tracking.PollIfQuiet());
        fixture.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        Assert.Equal(2, await tracking.PollIfQuiet());
        Assert.Equal(0, await tracking.PollIfQuiet());
        Assert.Equal(ParcelState.InTransit, (await tracking.Get())!.State);
        Assert.True((await tracking.Get())!.Polling);

        // A push an hour later: the next poll waits two hours from it.
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        await fixture.Client.GetGrain<IParcelGrain>(key).Record([]);
        fixture.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(30));
        var searches = SearchCalls();
        Assert.Equal(0, await tracking.PollIfQuiet());
        Assert.Equal(searches, SearchCalls());

        Step(sim.Waybill);
        Step(sim.Waybill);
        fixture.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(2, await tracking.PollIfQuiet());
        var delivered = (await tracking.Get())!;
        Assert.Equal((ParcelState.Delivered, false), (delivered.State, delivered.Polling));
        Assert.Equal(OrderStatus.Delivered, (await fixture.Client.GetGrain<IOrderGrain>(orderId).Get())!.Status);
        Assert.Equal(4, (await fixture.Client.GetGrain<ITrackingGrain>(orderId).GetTimeline()).CarrierEvents.Length);

        searches = SearchCalls();
        fixture.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await tracking.PollIfQuiet());
        Assert.Equal(searches, SearchCalls());
    }

    /// <summary>The carrier scans the parcel once more, a minute later.</summary>
    private void Step(string waybill)
    {
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(fixture.Carriers.Advance(waybill));
    }

    private int SearchCalls() => fixture.Carriers.Calls().ByMethod.GetValueOrDefault("EXP_RECE_SEARCH_ROUTES");
}
