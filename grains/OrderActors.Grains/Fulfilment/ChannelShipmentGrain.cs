using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderActors.Domain.Fulfilment;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.Grains.Alerts;

namespace OrderActors.Grains.Fulfilment;

/// <summary>
/// Writes one shipped order's carrier and waybill back to its marketplace. A notice is stored (grain state
/// and <c>channel_shipments</c>) before <see cref="IChannelShipmentGrain.Request"/> answers; the ship call
/// goes out on a grain timer, through the shop's connector (tokens, retries, throttling, circuit), and is
/// repeated with backoff until the platform acknowledges it or refuses it for good. A reminder keeps a
/// pending write-back alive across silo losses. The rules are <see cref="WriteBackRules"/>.
/// </summary>
internal sealed partial class ChannelShipmentGrain(
    [PersistentState("shipment", OrleansNames.GrainStorage)] IPersistentState<ChannelShipmentState> state,
    ChannelShipmentStore store,
    IOptions<ChannelShipmentOptions> options,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<ChannelShipmentGrain> logger) : Grain, IChannelShipmentGrain, IRemindable
{
    private const string RetryReminder = "writeback";

    private IGrainTimer? _timer;

    private OrderId Id => OrderId.TryParse(this.GetPrimaryKeyString(), out var id)
        ? id.Value
        : throw new InvalidOperationException($"'{this.GetPrimaryKeyString()}' is not an order id.");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Reactivated by the reminder after a silo loss, or by a read: pick up where the last activation stopped.
        if (state.State.ToWriteBack() is { Status: WriteBackStatus.Pending } pending)
        {
            Schedule(pending);
        }

        return base.OnActivateAsync(cancellationToken);
    }

    async Task IChannelShipmentGrain.Request(ShipmentNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.OrderId != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"The notice is for order {notice.OrderId}, not {this.GetPrimaryKeyString()}.", nameof(notice));
        }

        var (next, decision) = WriteBackRules.Request(state.State.ToWriteBack(), notice.Carrier.Trim(), notice.WaybillNumber.Trim(), notice.ShippedAt, time.GetUtcNow());
        if (decision != WriteBackRequestDecision.Repeat)
        {
            await Save(next);
        }

        if (decision == WriteBackRequestDecision.AfterAcknowledgement)
        {
            LogLateWaybill(this.GetPrimaryKeyString(), notice.WaybillNumber);
            return;
        }

        // Also on a repeat of a pending notice: the caller may be retrying a request that stored the notice
        // but failed before its reminder was registered.
        if (next.Status == WriteBackStatus.Pending)
        {
            await this.RegisterOrUpdateReminder(RetryReminder, options.Value.ReminderPeriod, options.Value.ReminderPeriod);
            Schedule(next);
        }
    }

    Task<ChannelShipmentView?> IChannelShipmentGrain.Get() =>
        Task.FromResult(state.State.ToWriteBack() is { } current ? View(current) : null);

    async Task<ShipmentRetryOutcome> IChannelShipmentGrain.Retry()
    {
        if (state.State.ToWriteBack() is not { } current)
        {
            return ShipmentRetryOutcome.NotFound;
        }

        if (WriteBackRules.Retry(current, time.GetUtcNow()) is not { } retried)
        {
            return ShipmentRetryOutcome.NotFailed;
        }

        await Save(retried);
        await this.RegisterOrUpdateReminder(RetryReminder, options.Value.ReminderPeriod, options.Value.ReminderPeriod);
        Schedule(retried);
        return ShipmentRetryOutcome.Retried;
    }

    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status) => Send(CancellationToken.None);

    /// <summary>A one-shot timer at the next due time; the reminder is only the backstop.</summary>
    private void Schedule(WriteBack pending)
    {
        var due = pending.NextAttemptAt is { } at ? at - time.GetUtcNow() : TimeSpan.Zero;
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(Send, new GrainTimerCreationOptions
        {
            DueTime = due < TimeSpan.Zero ? TimeSpan.Zero : due,
            Period = Timeout.InfiniteTimeSpan,
            Interleave = false,
        });
    }

    private async Task Send(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (state.State.ToWriteBack() is not { } current || current.Status != WriteBackStatus.Pending)
        {
            await Settle();
            return;
        }

        if (!current.IsDue(now))
        {
            Schedule(current);
            return;
        }

        var (attempt, detail, retryAfter) = await Call(current);
        var next = WriteBackRules.Attempted(current, attempt, detail, time.GetUtcNow(), options.Value.Policy(), retryAfter);
        try
        {
            await Save(next);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not recorded: the reminder tries again from the stored state (a repeat the platform acknowledges).
            LogSaveFailed(ex, this.GetPrimaryKeyString());
            return;
        }

        if (next.Status == WriteBackStatus.Failed)
        {
            LogFailed(this.GetPrimaryKeyString(), next.LastError);
            var shop = $"{Id.Channel.Code()}:{Id.Shop}";
            await GrainFactory.GetGrain<IAlertOutboxGrain>(shop).Enqueue(PendingAlert.From(
                ShipmentAlerts.WriteBackFailed(shop, this.GetPrimaryKeyString(), next.Carrier, next.Waybill, next.LastError ?? "refused", next.UpdatedAt)));
        }

        if (next.Status == WriteBackStatus.Pending)
        {
            Schedule(next);
        }
        else
        {
            await Settle();
        }
    }

    /// <summary>One ship call through the shop's connector; whatever goes wrong on the way is a passing failure of this attempt.</summary>
    private async Task<(WriteBackAttempt Attempt, string? Detail, DateTimeOffset? RetryAfter)> Call(WriteBack current)
    {
        var id = Id;
        ShipmentCallResult result;
        try
        {
            result = await GrainFactory.GetGrain<IChannelConnectorGrain>($"{id.Channel.Code()}:{id.Shop}")
                .ConfirmShipment(new ShipmentConfirmation(id.PlatformOrderId, current.Carrier, current.Waybill, current.ShippedAt));
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            return (WriteBackAttempt.Transient, $"The shop's connector did not answer: {ex.Message}", null);
        }

        return result.Outcome switch
        {
            ShipmentCallOutcome.Acknowledged => (WriteBackAttempt.Acknowledged, null, null),
            ShipmentCallOutcome.AlreadyShipped => (WriteBackAttempt.AlreadyShipped, null, null),
            ShipmentCallOutcome.Refused => (WriteBackAttempt.Refused, result.Detail, null),
            ShipmentCallOutcome.Unclassified => (WriteBackAttempt.Unclassified, result.Detail, null),

            // Own-store orders: a shop without a connector has nobody to tell. A marketplace shop that is
            // not connected (yet) is waited for: connecting it sends what piled up.
            ShipmentCallOutcome.NotConnected when id.Channel == SalesChannel.Web =>
                (WriteBackAttempt.NotApplicable, "The own-store shop has no connector: there is no store API to tell.", null),
            _ => (WriteBackAttempt.Transient, result.Detail, result.RetryAfter),
        };
    }

    private async Task Settle()
    {
        _timer?.Dispose();
        _timer = null;
        if (await this.GetReminder(RetryReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>The row first: a failed state write leaves a row the repeated request rewrites, never a state without its row.</summary>
    private async Task Save(WriteBack next)
    {
        await store.Save(View(next));
        state.State.Set(next);
        await state.WriteStateAsync();
    }

    // The contract's status mirrors the domain's value for value (WriteBackContractTests holds it so).
    private ChannelShipmentView View(WriteBack w) => new(
        this.GetPrimaryKeyString(), Id.Channel.Code(), Id.Shop, w.Carrier, w.Waybill, (ChannelShipmentStatus)(int)w.Status, w.Attempts, w.LastError,
        w.ShippedAt, w.RequestedAt, w.UpdatedAt, w.AcknowledgedAt, w.NextAttemptAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Write-back {OrderId}: later waybill {Waybill} not sent, the platform already acknowledged one")]
    private partial void LogLateWaybill(string orderId, string waybill);

    [LoggerMessage(Level = LogLevel.Error, Message = "Write-back {OrderId} failed for good: {Reason}")]
    private partial void LogFailed(string orderId, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Write-back {OrderId}: the attempt's outcome could not be stored")]
    private partial void LogSaveFailed(Exception ex, string orderId);
}
