using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderActors.Domain.Analytics;
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
/// </summary>
[ImplicitStreamSubscription(OrleansNames.OrderStatusNamespace)]
internal sealed partial class TrackingGrain(
    [PersistentState("tracking", OrleansNames.GrainStorage)] IPersistentState<TrackingState> state,
    StatusEventStore projection,
    IOptions<TrackingOptions> options,
    TimeProvider time,
    ILogger<TrackingGrain> logger) : Grain, ITrackingGrain, IStreamSubscriptionObserver, IAsyncObserver<OrderStatusChanged>, IRemindable
{
    private const string CheckReminder = "tracking-check";

    private TrackingState S => state.State;

    private string Id => this.GetPrimaryKeyString();

    /// <summary>Real time the stream or the order last spoke to this activation; null until then (a fresh activation confirms on its first read).</summary>
    private DateTimeOffset? _lastHeard;

    async Task<TrackingTimeline> ITrackingGrain.GetTimeline()
    {
        if (Timeline.ShouldConfirmOnRead(_lastHeard, time.GetUtcNow(), options.Value.ReadQuiet))
        {
            await Confirm(RepairCause.Read);
        }

        return new TrackingTimeline(Id, [.. S.Steps], S.Repairs, S.Carrier, S.WaybillNumber, [.. S.CarrierEvents],
            S.RepairsOnGap, S.RepairsOnCheck, S.RepairsOnRead);
    }

    async Task ITrackingGrain.RecordCarrierEvents(string carrier, string waybillNumber, ImmutableArray<CarrierTrackingEvent> events)
    {
        var seen = S.CarrierEvents.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var fresh = events.Where(e => seen.Add(e.Key)).ToList();
        if (fresh.Count == 0 && S.WaybillNumber == waybillNumber)
        {
            return;
        }

        (S.Carrier, S.WaybillNumber) = (carrier, waybillNumber);
        S.CarrierEvents = [.. S.CarrierEvents.Concat(fresh).OrderBy(e => e.At).ThenBy(e => e.Key, StringComparer.Ordinal)];
        await state.WriteStateAsync();
    }

    Task ITrackingGrain.Check() => Confirm(RepairCause.Check);

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<OrderStatusChanged>().ResumeAsync(this);

    public async Task OnNextAsync(OrderStatusChanged item, StreamSequenceToken? token = null)
    {
        _lastHeard = time.GetUtcNow();
        switch (Timeline.Classify(S.LastVersion, item.Version))
        {
            case TimelineStep.Duplicate:
                return;
            case TimelineStep.Next:
                await Append(item);
                break;
            case TimelineStep.Gap:
                if (await GetOrder() is { } order)
                {
                    await Rebuild(order, RepairCause.Gap, item.Version);
                }

                break;
        }

        await WatchWhileInFlight();
        await state.WriteStateAsync();
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        LogStreamError(ex, Id);
        return Task.CompletedTask;
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == CheckReminder)
        {
            await Confirm(RepairCause.Check);
        }
    }

    /// <summary>Appends the next version, projected for analytics before the timeline records it (the projection is idempotent, the timeline is not re-fed).</summary>
    private async Task Append(OrderStatusChanged item)
    {
        var carrier = item.Carrier ?? S.Carrier;

        // Events published before the waybill was bound (or by an older silo) name no carrier: a shipped order's is read once from the order.
        if (carrier is null && item.Status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed && await GetOrder() is { } order)
        {
            carrier = S.Carrier = order.Carrier;
            S.WaybillNumber ??= order.WaybillNumber;
        }

        await projection.Append(new StatusEventRecord(Id, item.Version, (DomainStatus)(int)item.Status, item.At, ChannelOf(Id),
            item.Warehouse, carrier, item.DelayReasons.IsDefault ? [] : item.DelayReasons),
            new OrderSearchFacts(item.PhoneTail, item.WaybillNumber ?? S.WaybillNumber, item.CreatedAt, item.PaidAt));
        S.Steps.Add(new TrackingStep(item.Version, item.Status, item.At));
    }

    /// <summary>Compares with the order and rebuilds when behind; the periodic check stops once the order has settled.</summary>
    private async Task Confirm(RepairCause cause)
    {
        var order = await GetOrder();
        _lastHeard = time.GetUtcNow();
        var changed = false;
        if (order is not null && Timeline.IsBehind(S.LastVersion, order.Version))
        {
            await Rebuild(order, cause, S.LastVersion);
            changed = true;
        }

        if (cause == RepairCause.Check && (order is null || Timeline.IsSettled((DomainStatus)(int)order.Status)))
        {
            await StopWatching();
            changed = true;
        }
        else if (order is not null)
        {
            changed |= await WatchWhileInFlight();
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    private async Task Rebuild(OrderView order, RepairCause cause, int seenVersion)
    {
        // Every history entry goes to the projection again: a no-op for those it has, the lost ones for those it has not.
        var channel = ChannelOf(Id);
        await projection.AppendAll(order.History.Select(h => new StatusEventRecord(
            Id, h.Version, (DomainStatus)(int)h.Status, h.At, channel, order.Warehouse,
            h.Status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed ? order.Carrier : null, h.DelayReasons)),
            new OrderSearchFacts(PhoneTail.Of(order.Address.Phone), order.WaybillNumber, order.CreatedAt, order.PaidAt));
        S.Steps = [.. order.History.Select(h => new TrackingStep(h.Version, h.Status, h.At))];
        S.Carrier ??= order.Carrier;
        S.WaybillNumber ??= order.WaybillNumber;
        S.Repairs++;
        switch (cause)
        {
            case RepairCause.Gap:
                S.RepairsOnGap++;
                break;
            case RepairCause.Check:
                S.RepairsOnCheck++;
                break;
            default:
                S.RepairsOnRead++;
                break;
        }

        TrackingMetrics.Repaired(cause);
        LogRepaired(Id, cause, seenVersion, order.Version);
    }

    /// <summary>Registers the periodic check while the timeline's order is in flight; true when the state changed.</summary>
    private async Task<bool> WatchWhileInFlight()
    {
        if (S.Watching || S.Steps.Count == 0 || Timeline.IsSettled((DomainStatus)(int)S.Steps[^1].Status))
        {
            return false;
        }

        await this.RegisterOrUpdateReminder(CheckReminder, options.Value.ConfirmAfter, options.Value.ConfirmEvery);
        S.Watching = true;
        return true;
    }

    private async Task StopWatching()
    {
        if (await this.GetReminder(CheckReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        S.Watching = false;
    }

    private Task<OrderView?> GetOrder() => GrainFactory.GetGrain<IOrderGrain>(Id).Get();

    private static string ChannelOf(string orderId) => orderId.Split(':')[0];

    [LoggerMessage(Level = LogLevel.Information, Message = "Tracking {OrderId}: behind ({Cause}) at version {Seen}, rebuilt from the order at version {Version}")]
    private partial void LogRepaired(string orderId, RepairCause cause, int seen, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracking {OrderId}: stream error")]
    private partial void LogStreamError(Exception ex, string orderId);
}
