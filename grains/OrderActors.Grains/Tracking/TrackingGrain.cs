using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderActors.Domain.Analytics;
using OrderActors.Domain.Carriers;
using OrderActors.Domain.Tracking;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.Grains.Analytics;
using Orleans.Streams;
using Orleans.Streams.Core;
using DomainStatus = OrderActors.Domain.Orders.OrderStatus;

namespace OrderActors.Grains.Tracking;

/// <summary>
/// The customer-facing timeline of one order, fed by the order status stream, and the feed of the
/// status-event projection. Delivery is at least once and memory streams lose events when a silo
/// dies: seen versions are dropped; a gap, a periodic check while the order is in flight, and a
/// read after silence each compare with the order (the source of truth) and rebuild from it when the
/// timeline is behind, so it converges and never shows a status the order did not reach.
/// Nothing is stored: the steps are the order's history and the carrier events are the parcel's, so
/// an activation that did not hear the order from its first version loads from the order (and, for a
/// read, the parcel) instead of reading a copy of its own; a load is not a repair. Collected as soon as its order
/// (<see cref="Orders.OrderOptions.IdleLifetimeMinutes"/>): one per order, and a new activation loads from the order.
/// </summary>
[ImplicitStreamSubscription(OrleansNames.OrderStatusNamespace)]
[CollectionAgeLimit(Minutes = Orders.OrderOptions.IdleLifetimeMinutes)]
internal sealed partial class TrackingGrain(
    StatusEventStore projection,
    IOptions<TrackingOptions> options,
    TimeProvider time,
    ILogger<TrackingGrain> logger) : Grain, ITrackingGrain, IStreamSubscriptionObserver, IAsyncObserver<OrderStatusChanged>
{
    private List<TrackingStep> _steps = [];

    /// <summary>The parcel's carrier events, in time order, one per event key.</summary>
    private List<CarrierTrackingEvent> _carrierEvents = [];

    private string? _carrier;

    private string? _waybillNumber;

    /// <summary>
    /// Whether this activation holds the order's versions from the first: it heard version 1 from the stream or
    /// loaded the order. Until then a difference from the order is what a new activation does not know yet (a load),
    /// not events lost on the way (a repair).
    /// </summary>
    private bool _known;

    /// <summary>Whether this activation has the parcel's events (pushed by the parcel grain or read from it); it pushes every change after that.</summary>
    private bool _parcelHeard;

    private int _repairsOnGap;

    private int _repairsOnCheck;

    private int _repairsOnRead;

    /// <summary>Real time the stream or the order last spoke to this activation; null until then (a fresh activation confirms on its first read).</summary>
    private DateTimeOffset? _lastHeard;

    private string Id => this.GetPrimaryKeyString();

    private int LastVersion => _steps.Count == 0 ? 0 : _steps[^1].Version;

    async Task<TrackingTimeline> ITrackingGrain.GetTimeline()
    {
        if (Timeline.ShouldConfirmOnRead(_lastHeard, time.GetUtcNow(), options.Value.ReadQuiet))
        {
            await Confirm(RepairCause.Read);
        }

        await HearParcel();
        return new TrackingTimeline(Id, [.. _steps], _repairsOnGap + _repairsOnCheck + _repairsOnRead, _carrier, _waybillNumber, [.. _carrierEvents],
            _repairsOnGap, _repairsOnCheck, _repairsOnRead);
    }

    Task ITrackingGrain.RecordCarrierEvents(string carrier, string waybillNumber, ImmutableArray<CarrierTrackingEvent> events)
    {
        (_carrier, _waybillNumber) = (carrier, waybillNumber);
        MergeCarrierEvents(events);
        _parcelHeard = true;
        return Task.CompletedTask;
    }

    Task ITrackingGrain.Check() => Confirm(RepairCause.Check);

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<OrderStatusChanged>().ResumeAsync(this);

    public async Task OnNextAsync(OrderStatusChanged item, StreamSequenceToken? token = null)
    {
        _lastHeard = time.GetUtcNow();
        switch (Timeline.Classify(LastVersion, item.Version))
        {
            case TimelineStep.Duplicate:
                return;
            case TimelineStep.Next:
                await Append(item);
                _known = true;
                break;
            case TimelineStep.Gap:
                if (await GetOrder() is { } order)
                {
                    // Missing versions are a repair only when this activation heard the ones before them.
                    await TakeFromOrder(order, _known ? RepairCause.Gap : null);
                }

                break;
        }
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        LogStreamError(ex, Id);
        return Task.CompletedTask;
    }

    /// <summary>Appends the next version, projected for analytics before the timeline records it (the projection is idempotent, the timeline is not re-fed).</summary>
    private async Task Append(OrderStatusChanged item)
    {
        _carrier ??= item.Carrier;
        _waybillNumber ??= item.WaybillNumber;
        var carrier = item.Carrier ?? _carrier;

        // Events published before the waybill was bound (or by an older silo) name no carrier: a shipped order's is read once from the order.
        if (carrier is null && item.Status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed && await GetOrder() is { } order)
        {
            carrier = _carrier = order.Carrier;
            _waybillNumber ??= order.WaybillNumber;
        }

        await projection.Append(new StatusEventRecord(Id, item.Version, (DomainStatus)(int)item.Status, item.At, ChannelOf(Id),
            item.Warehouse, carrier, item.DelayReasons.IsDefault ? [] : item.DelayReasons),
            new OrderSearchFacts(item.PhoneTail, item.WaybillNumber ?? _waybillNumber, item.CreatedAt, item.PaidAt));
        _steps.Add(new TrackingStep(item.Version, item.Status, item.At));
    }

    /// <summary>
    /// Compares with the order and loads or rebuilds from it. The periodic check needs no bookkeeping here: its due time is
    /// on the order's search row, which the projection moves on with every event and clears once the order has settled.
    /// </summary>
    private async Task Confirm(RepairCause cause)
    {
        var order = await GetOrder();
        _lastHeard = time.GetUtcNow();
        if (order is not null && (!_known || Timeline.IsBehind(LastVersion, order.Version)))
        {
            await TakeFromOrder(order, _known ? cause : null);
        }
    }

    /// <summary>
    /// Takes the order's history as the timeline: a load when <paramref name="repair"/> is null (this activation had not
    /// heard the order from its first version), otherwise a repair, counted and logged.
    /// </summary>
    private async Task TakeFromOrder(OrderView order, RepairCause? repair)
    {
        var seenVersion = LastVersion;

        // Every history entry goes to the projection again: a no-op for those it has, the lost ones for those it has not
        // (so a load after a silo died also heals what that silo's activation never projected).
        var channel = ChannelOf(Id);
        await projection.AppendAll(order.History.Select(h => new StatusEventRecord(
            Id, h.Version, (DomainStatus)(int)h.Status, h.At, channel, order.Warehouse,
            h.Status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed ? order.Carrier : null, h.DelayReasons)),
            new OrderSearchFacts(PhoneTail.Of(order.Address.Phone), order.WaybillNumber, order.CreatedAt, order.PaidAt));
        _steps = [.. order.History.Select(h => new TrackingStep(h.Version, h.Status, h.At))];
        _carrier ??= order.Carrier;
        _waybillNumber ??= order.WaybillNumber;
        _known = true;
        if (repair is not { } cause)
        {
            return;
        }

        switch (cause)
        {
            case RepairCause.Gap:
                _repairsOnGap++;
                break;
            case RepairCause.Check:
                _repairsOnCheck++;
                break;
            default:
                _repairsOnRead++;
                break;
        }

        TrackingMetrics.Repaired(cause);
        LogRepaired(Id, cause, seenVersion, order.Version);
    }

    /// <summary>
    /// Reads the parcel's events once per activation, when the waybill is known and the parcel has not pushed them here:
    /// the parcel grain keeps them and pushes only what changes, so an activation after one that heard them must ask.
    /// </summary>
    private async Task HearParcel()
    {
        if (_parcelHeard || _waybillNumber is not { } waybill || CarrierCode.Normalize(_carrier) is not { } carrier || !CarrierCode.IsValidWaybill(waybill))
        {
            return;
        }

        var parcel = await GrainFactory.GetGrain<IParcelTrackingGrain>(CarrierCode.ParcelKey(carrier, waybill)).Get();

        // Only a parcel bound to this order forwards its events to it; an unbound one would not either.
        if (parcel is not null && parcel.OrderId == Id)
        {
            MergeCarrierEvents(parcel.Events);
        }

        _parcelHeard = true;
    }

    private void MergeCarrierEvents(ImmutableArray<CarrierTrackingEvent> events)
    {
        var seen = _carrierEvents.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var fresh = (events.IsDefault ? [] : events).Where(e => seen.Add(e.Key)).ToList();
        if (fresh.Count > 0)
        {
            _carrierEvents = [.. _carrierEvents.Concat(fresh).OrderBy(e => e.At).ThenBy(e => e.Key, StringComparer.Ordinal)];
        }
    }

    private Task<OrderView?> GetOrder() => GrainFactory.GetGrain<IOrderGrain>(Id).Get();

    private static string ChannelOf(string orderId) => orderId.Split(':')[0];

    [LoggerMessage(Level = LogLevel.Information, Message = "Tracking {OrderId}: behind ({Cause}) at version {Seen}, rebuilt from the order at version {Version}")]
    private partial void LogRepaired(string orderId, RepairCause cause, int seen, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracking {OrderId}: stream error")]
    private partial void LogStreamError(Exception ex, string orderId);
}
