using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderActors.Domain.Carriers;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;
using DomainState = OrderActors.Domain.Carriers.ParcelState;

namespace OrderActors.Grains.Carriers;

/// <summary>
/// One parcel, keyed <c>{carrier}:{waybill}</c>. Events from pushes and polls are merged by the domain's rule
/// (dedup by key, time order, delivered/returned not undone), stored, then forwarded to the order's tracking
/// timeline; a delivery is confirmed to the order grain. Events that arrive before the waybill is bound are kept
/// and forwarded at binding. While the parcel is under way a reminder polls the carrier after a quiet spell.
/// </summary>
internal sealed partial class ParcelGrain(
    [PersistentState("parcel", OrleansNames.GrainStorage)] IPersistentState<ParcelRecord> state,
    CarrierGateway carriers,
    IOptions<CarrierOptions> options,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<ParcelGrain> logger) : Grain, IParcelGrain, IParcelTrackingGrain, IRemindable
{
    private const string PollReminder = "poll";

    // Whether the tracking grain has every stored event; not stored: after an activation the first call forwards all once (the tracking grain drops repeats).
    private bool _trackingInSync;

    private IGrainTimer? _confirmLater;

    private ParcelRecord S => state.State;

    private string Carrier => CarrierCode.TrySplitParcelKey(this.GetPrimaryKeyString(), out var carrier, out _) ? carrier : "";

    private string Waybill => CarrierCode.TrySplitParcelKey(this.GetPrimaryKeyString(), out _, out var waybill) ? waybill : "";

    private DomainState State => ParcelEventRules.StateOf(S.Events.Select(e => CarrierEvents.ToDomain(e.State)));

    async Task<bool> IParcelGrain.Bind(string orderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        EnsureValidKey();
        if (S.OrderId is not null)
        {
            return S.OrderId == orderId;
        }

        (S.OrderId, S.BoundAt) = (orderId, time.GetUtcNow());
        await state.WriteStateAsync();
        if (!ParcelEventRules.IsFinal(State))
        {
            await this.RegisterOrUpdateReminder(PollReminder, options.Value.PollCheckEvery, options.Value.PollCheckEvery);
        }

        // The order grain binds while handling its own command, so a delivery that arrived before binding is
        // confirmed in a turn of our own after answering: calling the order back from here would wait on it.
        await PassOn(confirmDelivery: false);
        if (State == DomainState.Delivered && S.DeliveryConfirmedAt is null && _confirmLater is null)
        {
            _confirmLater = this.RegisterGrainTimer(ConfirmLater, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }

        return true;
    }

    async Task<int> IParcelGrain.Record(ImmutableArray<CarrierTrackingEvent> events)
    {
        EnsureValidKey();
        S.LastPushAt = time.GetUtcNow();
        return await Apply(events);
    }

    Task<ParcelView?> IParcelTrackingGrain.Get() => Task.FromResult(
        S.OrderId is null && S.Events.Count == 0
            ? null
            : new ParcelView(Carrier, Waybill, S.OrderId, CarrierEvents.ToContract(State), [.. S.Events], S.LastPushAt, S.LastPolledAt,
                S.OrderId is not null && !ParcelEventRules.IsFinal(State), S.DeliveryConfirmedAt));

    async Task<int> IParcelTrackingGrain.PollIfQuiet()
    {
        if (S.OrderId is null)
        {
            return 0;
        }

        if (ParcelEventRules.IsFinal(State))
        {
            await StopPolling();
            await PassOn();
            return 0;
        }

        var now = time.GetUtcNow();
        var lastHeard = new[] { S.LastPushAt, S.LastPolledAt, S.BoundAt }.Max() ?? now;
        if (now - lastHeard < options.Value.PollAfter)
        {
            return 0;
        }

        ImmutableArray<CarrierTrackingEvent> polled;
        try
        {
            polled = await carriers.QueryRoutesAsync(Carrier, Waybill, CancellationToken.None);
        }
        catch (CarrierCallException ex)
        {
            // The next tick tries again; a refusal (retryable or not) changes nothing of the parcel.
            LogPollFailed(ex, this.GetPrimaryKeyString());
            return 0;
        }

        S.LastPolledAt = now;
        var fresh = await Apply(polled);
        if (ParcelEventRules.IsFinal(State))
        {
            await StopPolling();
        }

        return fresh;
    }

    Task IRemindable.ReceiveReminder(string reminderName, Orleans.Runtime.TickStatus status) =>
        reminderName == PollReminder ? ((IParcelTrackingGrain)this).PollIfQuiet() : Task.CompletedTask;

    /// <summary>Merges, stores, then passes on; answers only once the events are durable here and on the timeline.</summary>
    private async Task<int> Apply(ImmutableArray<CarrierTrackingEvent> events)
    {
        var valid = events.IsDefault ? [] : events.Where(e => e is not null && !string.IsNullOrEmpty(e.Key));
        var merge = ParcelEventRules.Merge(S.Events, valid, e => e.Key, e => e.At);
        if (merge.Fresh.Count > 0)
        {
            S.Events = [.. merge.All];
            _trackingInSync = false;
        }

        await state.WriteStateAsync();
        await PassOn();
        return merge.Fresh.Count;
    }

    private async Task ConfirmLater(CancellationToken cancellationToken)
    {
        _confirmLater?.Dispose();
        _confirmLater = null;
        try
        {
            await PassOn();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The next push or poll tries again.
            LogConfirmFailed(ex, this.GetPrimaryKeyString());
        }
    }

    /// <summary>Brings the order's timeline up to date and confirms a delivery the order has not accepted yet.</summary>
    private async Task PassOn(bool confirmDelivery = true)
    {
        if (S.OrderId is not { } orderId || S.Events.Count == 0)
        {
            return;
        }

        if (!_trackingInSync)
        {
            await GrainFactory.GetGrain<ITrackingGrain>(orderId).RecordCarrierEvents(Carrier, Waybill, [.. S.Events]);
            _trackingInSync = true;
        }

        if (confirmDelivery && State == DomainState.Delivered && S.DeliveryConfirmedAt is null)
        {
            var delivered = S.Events.Last(e => e.State == GrainInterfaces.Carriers.ParcelState.Delivered);
            var result = await GrainFactory.GetGrain<IOrderGrain>(orderId).ConfirmDelivery(delivered.At, $"carrier:{Carrier}");
            if (result.Refused)
            {
                // Not yet shipped in the OMS, say: the next push or poll tries again.
                LogDeliveryRefused(this.GetPrimaryKeyString(), orderId, result.Rejection, result.Detail);
                return;
            }

            S.DeliveryConfirmedAt = time.GetUtcNow();
            await state.WriteStateAsync();
        }
    }

    private async Task StopPolling()
    {
        if (await this.GetReminder(PollReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private void EnsureValidKey()
    {
        if (Carrier.Length == 0)
        {
            throw new ArgumentException($"'{this.GetPrimaryKeyString()}' is not a parcel key: {{SF|ZTO|YUNDA}}:{{waybill}}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parcel {Parcel}: confirming the delivery to the order failed")]
    private partial void LogConfirmFailed(Exception ex, string parcel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parcel {Parcel}: polling the carrier failed")]
    private partial void LogPollFailed(Exception ex, string parcel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parcel {Parcel}: order {OrderId} refused the delivery ({Rejection}: {Detail}); trying again with the next event or poll")]
    private partial void LogDeliveryRefused(string parcel, string orderId, string? rejection, string? detail);
}
