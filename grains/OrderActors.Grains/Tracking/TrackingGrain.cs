using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OrderActors.Domain.Tracking;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace OrderActors.Grains.Tracking;

/// <summary>
/// The customer-facing timeline of one order, fed by the order status stream. Delivery is at
/// least once: seen versions are dropped, and a gap is repaired by re-reading the order, which is
/// the source of truth, so the timeline never shows a status the order did not reach.
/// </summary>
[ImplicitStreamSubscription(OrleansNames.OrderStatusNamespace)]
internal sealed partial class TrackingGrain(
    [PersistentState("tracking", OrleansNames.GrainStorage)] IPersistentState<TrackingState> state,
    ILogger<TrackingGrain> logger) : Grain, ITrackingGrain, IStreamSubscriptionObserver, IAsyncObserver<OrderStatusChanged>
{
    Task<TrackingTimeline> ITrackingGrain.GetTimeline() =>
        Task.FromResult(new TrackingTimeline(this.GetPrimaryKeyString(), [.. state.State.Steps], state.State.Repairs,
            state.State.Carrier, state.State.WaybillNumber, [.. state.State.CarrierEvents]));

    async Task ITrackingGrain.RecordCarrierEvents(string carrier, string waybillNumber, ImmutableArray<CarrierTrackingEvent> events)
    {
        var seen = state.State.CarrierEvents.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var fresh = events.Where(e => seen.Add(e.Key)).ToList();
        if (fresh.Count == 0 && state.State.WaybillNumber == waybillNumber)
        {
            return;
        }

        (state.State.Carrier, state.State.WaybillNumber) = (carrier, waybillNumber);
        state.State.CarrierEvents = [.. state.State.CarrierEvents.Concat(fresh).OrderBy(e => e.At).ThenBy(e => e.Key, StringComparer.Ordinal)];
        await state.WriteStateAsync();
    }

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<OrderStatusChanged>().ResumeAsync(this);

    public async Task OnNextAsync(OrderStatusChanged item, StreamSequenceToken? token = null)
    {
        switch (Timeline.Classify(state.State.LastVersion, item.Version))
        {
            case TimelineStep.Duplicate:
                return;
            case TimelineStep.Next:
                state.State.Steps.Add(new TrackingStep(item.Version, item.Status, item.At));
                break;
            case TimelineStep.Gap:
                await RepairFromOrder(item.Version);
                break;
        }

        await state.WriteStateAsync();
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        LogStreamError(ex, this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    private async Task RepairFromOrder(int seenVersion)
    {
        var order = await GrainFactory.GetGrain<IOrderGrain>(this.GetPrimaryKeyString()).Get();
        if (order is null)
        {
            return;
        }

        state.State.Steps = [.. order.History.Select(h => new TrackingStep(h.Version, h.Status, h.At))];
        state.State.Repairs++;
        LogRepaired(order.Id, seenVersion, order.Version);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tracking {OrderId}: gap before version {Seen}, rebuilt from the order at version {Version}")]
    private partial void LogRepaired(string orderId, int seen, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracking {OrderId}: stream error")]
    private partial void LogStreamError(Exception ex, string orderId);
}
