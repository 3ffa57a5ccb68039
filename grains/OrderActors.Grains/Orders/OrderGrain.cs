using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Orders;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Routing;
using Microsoft.Extensions.Options;
using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Approvals;
using Orleans.Streams;
using Status = OrderActors.GrainInterfaces.Orders.OrderStatus;

namespace OrderActors.Grains.Orders;

/// <summary>
/// One order. Loads its state, asks the domain's state machine, reserves through the router,
/// persists, and only then answers and publishes the change on the order status stream.
/// Collected after <see cref="OrderOptions.IdleLifetimeMinutes"/> idle: at flash-sale rates every order is a new activation
/// (≈ 17 kB of silo memory with its tracking grain, measured in docs/benchmarks.md), and Orleans' default of two hours
/// would hold millions; an order's next step (the warehouse's) comes minutes to hours later and reloads it in one
/// batched read.
/// </summary>
[CollectionAgeLimit(Minutes = OrderOptions.IdleLifetimeMinutes)]
internal sealed partial class OrderGrain(
    OrderStateStore store,
    IOptions<OrderOptions> options,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    Approvals.ApprovalStore approvals,
    Carriers.ICarrierGateway carriers,
    ILogger<OrderGrain> logger) : Grain, IOrderGrain, IRemindable, IIncomingGrainCallFilter
{
    private const string PaymentTimeoutReminder = "payment-timeout";

    // Loaded in OnActivateAsync, before the grain takes any call; the version is what the next save expects.
    private OrderState _state = new();
    private int _storedVersion;

    private OrderState S => _state;

    private string Id => this.GetPrimaryKeyString();

    async Task<SubmitOrderResult> IOrderGrain.Submit(SubmitOrder order)
    {
        var fingerprint = OrderFingerprint.Of(order);
        if (S.Exists)
        {
            OrderActorsMetrics.OrderSubmitted(S.Fingerprint == fingerprint ? "Replayed" : nameof(SubmitOutcome.IdempotencyConflict));
            return S.Fingerprint == fingerprint
                ? new SubmitOrderResult(S.SubmitOutcome, true, S.SubmitReason, S.SubmitDetail, View())
                : new SubmitOrderResult(SubmitOutcome.IdempotencyConflict, false, "IdempotencyConflict",
                    $"Order {Id} was submitted before with different content; use a new idempotency key for a new order.", null);
        }

        if (!OrderSubmissionRules.TryValidate(order, out var province, out var cityCode, out var reason, out var detail))
        {
            OrderActorsMetrics.OrderSubmitted(nameof(SubmitOutcome.Invalid));
            return new SubmitOrderResult(SubmitOutcome.Invalid, false, reason, detail, null);
        }

        var unknown = await UnknownSkus(order);
        if (unknown.Length > 0)
        {
            OrderActorsMetrics.OrderSubmitted(nameof(SubmitOutcome.Invalid));
            return new SubmitOrderResult(SubmitOutcome.Invalid, false, "UnknownSku", $"Unknown SKU: {string.Join(", ", unknown)}.", null);
        }

        var now = time.GetUtcNow();
        S.Fingerprint = fingerprint;
        S.Lines = order.Lines;
        S.Address = order.Address;
        S.ProvinceCode = province.Code;
        S.CreatedAt = now;
        S.PaidAt = order.PaidAt;
        S.OnShortfall = order.OnShortfall;
        S.CityCode = cityCode;
        Record(order.PaidAt is null ? Status.Created : Status.Paid, "Submit", "api", null, now);

        // Unpaid orders hold stock too, until payment arrives or the payment timeout releases it.
        await Allocate();
        if (S.Status == Status.Created)
        {
            S.PaymentDueAt = now + options.Value.PaymentTimeout;
            await this.RegisterOrUpdateReminder(PaymentTimeoutReminder, options.Value.PaymentTimeout, TimeSpan.FromMinutes(1));
        }

        (S.SubmitOutcome, S.SubmitReason, S.SubmitDetail) = S.Status == Status.Cancelled
            ? (SubmitOutcome.Refused, "OutOfStock", S.CancelReason)
            : (SubmitOutcome.Accepted, null, null);
        await Persist(fromVersion: 0);
        OrderActorsMetrics.OrderSubmitted(S.SubmitOutcome.ToString());
        return new SubmitOrderResult(S.SubmitOutcome, false, S.SubmitReason, S.SubmitDetail, View());
    }

    Task<OrderView?> IOrderGrain.Get() => Task.FromResult(S.Exists ? View() : null);

    /// <summary>
    /// A command that fails half-way (a router or stock cell on a dying silo) has changed memory but not storage:
    /// drop this activation so the retry starts from what is stored, never from what was only in memory.
    /// </summary>
    async Task IIncomingGrainCallFilter.Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    async Task<OrderCommandResult> IOrderGrain.Pay(DateTimeOffset paidAt)
    {
        if (!S.Exists || S.PaidAt is not null)
        {
            return Unchanged();
        }

        var before = S.Version;
        var now = time.GetUtcNow();
        var refused = Move(OrderTrigger.Pay, "payment", null, now);
        if (refused is not null)
        {
            return refused;
        }

        S.PaidAt = paidAt;
        S.PaymentDueAt = null;
        if (S.Reservations.IsDefaultOrEmpty)
        {
            await Allocate();
        }
        else
        {
            Move(OrderTrigger.Allocate, "router", $"{S.Warehouse} (reserved at checkout)", time.GetUtcNow());
        }

        var result = await Persist(before);
        await StopPaymentTimeout();
        return result;
    }

    async Task<OrderCommandResult> IOrderGrain.Cancel(string reason, string actor)
    {
        if (!S.Exists || S.Status == Status.Cancelled)
        {
            return Unchanged();
        }

        var before = S.Version;
        var held = S.Reservations;
        var refused = Move(OrderTrigger.Cancel, actor, reason, time.GetUtcNow());
        if (refused is not null)
        {
            return refused;
        }

        S.CancelReason = reason;
        S.Reservations = [];
        var result = await Persist(before);

        // Released after the cancel is durable: a crash in between leaks a reservation for the
        // reconciler to find, where the other order would leave a live order without its stock.
        await ForEachReservation(held, cell => cell.Release(Id));
        await StopPaymentTimeout();
        return result;
    }

    async Task<OrderCommandResult> IOrderGrain.Reroute(string actor, string reason)
    {
        if (!S.Exists)
        {
            return Unchanged();
        }

        var before = S.Version;
        var held = S.Reservations;
        var refused = Move(OrderTrigger.Deallocate, actor, reason, time.GetUtcNow());
        if (refused is not null)
        {
            return refused;
        }

        // Give the stock back first so the router sees it; the order's own reservations are
        // released by order id, so nobody else's stock moves.
        await ForEachReservation(held, cell => cell.Release(Id));
        (S.Reservations, S.Packages, S.Warehouse) = ([], [], null);
        await Allocate(rerouting: true);
        return await Persist(before);
    }

    async Task<PlatformUpdateResult> IOrderGrain.ApplyPlatformUpdate(PlatformOrderUpdate update)
    {
        var held = S.PlatformModifiedAt is { } at ? new PlatformOrderVersion(at) : (PlatformOrderVersion?)null;
        if (S.Exists && PlatformOrderVersion.Decide(held, new PlatformOrderVersion(update.ModifiedAt)) != VersionDecision.Apply)
        {
            return new PlatformUpdateResult(PlatformUpdateOutcome.Unchanged, null);
        }

        var state = Enum.TryParse<PlatformOrderState>(update.State, out var parsed) ? parsed : PlatformOrderState.Unknown;
        if (!S.Exists)
        {
            if (state is not (PlatformOrderState.Paid or PlatformOrderState.PartiallyShipped))
            {
                return new PlatformUpdateResult(PlatformUpdateOutcome.Ignored, $"platform status {update.RawStatus}: recorded once paid");
            }

            // Marketplace orders are the seller's obligation: backordered, never refused, when stock is short.
            // The platform version rides along in the submit's single write.
            (S.PlatformModifiedAt, S.PlatformStatus) = (update.ModifiedAt, update.RawStatus);
            var submitted = await ((IOrderGrain)this).Submit(update.Order with { OnShortfall = ShortfallPolicy.Backorder });
            if (submitted.Outcome == SubmitOutcome.Invalid)
            {
                (S.PlatformModifiedAt, S.PlatformStatus) = (null, null);
                return new PlatformUpdateResult(PlatformUpdateOutcome.Rejected, $"{submitted.Reason}: {submitted.Detail}");
            }

            return new PlatformUpdateResult(PlatformUpdateOutcome.Created, null);
        }

        string? detail = null;
        // A refund paid out in full before the goods left is the buyer cancelling (Pinduoduo has no other way to say it).
        if (state is PlatformOrderState.Cancelled or PlatformOrderState.Closed or PlatformOrderState.Refunded && S.Status != Status.Cancelled)
        {
            var cancelled = await ((IOrderGrain)this).Cancel($"Cancelled on the platform ({update.RawStatus})", "platform");
            detail = cancelled.Rejection is null ? "cancelled" : $"platform cancelled, but {cancelled.Detail}";
        }

        await RecordPlatformVersion(update);
        return new PlatformUpdateResult(PlatformUpdateOutcome.Updated, detail ?? $"platform status {update.RawStatus}");
    }

    private async Task RecordPlatformVersion(PlatformOrderUpdate update)
    {
        (S.PlatformModifiedAt, S.PlatformStatus) = (update.ModifiedAt, update.RawStatus);
        await Persist(S.Version);
    }

    Task<bool> IOrderGrain.NeedsReservation(string warehouse, string sku) =>
        Task.FromResult(S.Exists
            && S.Status is Status.Created or Status.Paid or Status.Allocated or Status.Outbound
            && S.Reservations.Any(r => r.Warehouse == warehouse && r.Sku == sku));

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == WaybillReminder)
        {
            await RetryWaybill();
            return;
        }

        if (reminderName != PaymentTimeoutReminder)
        {
            return;
        }

        if (S.Exists && S.Status == Status.Created && S.PaymentDueAt is { } due && time.GetUtcNow() >= due)
        {
            await ((IOrderGrain)this).Cancel("Payment timeout: no payment before " + due.ToString("O", System.Globalization.CultureInfo.InvariantCulture), "payment-timeout");
        }

        if (!S.Exists || S.Status != Status.Created)
        {
            await StopPaymentTimeout();
        }
    }

    async Task<OrderCommandResult> IOrderGrain.RecordOutboundScan(string scanId, string operatorName)
    {
        if (!S.Exists)
        {
            return Unchanged();
        }

        if (S.OutboundScanId is not null && S.OutboundScanId != scanId)
        {
            return Refuse("AlreadyScanned", $"The order was scanned out before (scan {S.OutboundScanId}).");
        }

        var before = S.Version;
        if (S.OutboundScanId is null)
        {
            var refused = Move(OrderTrigger.ScanOutbound, operatorName, $"scan {scanId}", time.GetUtcNow());
            if (refused is not null)
            {
                return refused;
            }

            S.OutboundScanId = scanId;
        }

        await ShipWhenVerified();
        return S.Version == before ? Unchanged() : await Persist(before);
    }

    async Task<OrderCommandResult> IOrderGrain.BindWaybill(string carrier, string waybillNumber)
    {
        if (!S.Exists)
        {
            return Unchanged();
        }

        if (S.WaybillNumber is not null && (S.WaybillNumber != waybillNumber || S.Carrier != carrier))
        {
            return Refuse("WaybillAlreadyBound", $"Waybill {S.Carrier} {S.WaybillNumber} is bound to this order already.");
        }

        if (S.WaybillNumber is not null && S.Status is not (Status.Allocated or Status.Outbound))
        {
            // A retry of the bind that shipped the order (its answer was lost): the same waybill, nothing to do.
            return Unchanged();
        }

        if (S.Status is not (Status.Allocated or Status.Outbound))
        {
            return Refuse(nameof(TransitionRejection.NotAllowedFromStatus), $"A waybill is bound while the order is Allocated or Outbound, not {S.Status}.");
        }

        var before = S.Version;
        var bound = S.WaybillNumber is null;
        (S.Carrier, S.WaybillNumber) = (carrier, waybillNumber);
        if (bound && S.WaybillRequest is { IssuedAt: null } pending)
        {
            // Bound by hand while the carrier request was failing: stop asking the carrier.
            S.WaybillRequest = pending with { GaveUp = true, LastError = $"{pending.LastError} (waybill bound by hand)" };
            await StopReminder(WaybillReminder);
        }

        await ShipWhenVerified();
        if (!bound && S.Version == before)
        {
            return Unchanged();
        }

        var result = await Persist(before);
        await BindParcel();
        return result;
    }

    Task<OrderCommandResult> IOrderGrain.ConfirmDelivery(DateTimeOffset deliveredAt, string source) =>
        MoveAndPersist(OrderTrigger.Deliver, Status.Delivered, source, $"delivered at {deliveredAt:O}");

    Task<OrderCommandResult> IOrderGrain.Complete(string actor) =>
        MoveAndPersist(OrderTrigger.Complete, Status.Completed, actor, null);

    private async Task<OrderCommandResult> MoveAndPersist(OrderTrigger trigger, Status target, string actor, string? note)
    {
        if (!S.Exists || S.Status == target)
        {
            return Unchanged();
        }

        var before = S.Version;
        return Move(trigger, actor, note, time.GetUtcNow()) ?? await Persist(before);
    }

    /// <summary>
    /// Double verification: Outbound becomes Shipped only with both an outbound scan and a waybill, and,
    /// when an approval rule covers the order, once an approver confirmed it.
    /// </summary>
    private async Task ShipWhenVerified()
    {
        if (S.Status != Status.Outbound || S.WaybillNumber is null || S.OutboundScanId is null)
        {
            return;
        }

        if (S.Approval is null && await MatchingApprovalRule() is { } rule)
        {
            S.Approval = new ApprovalView(rule.Name, ApprovalStatus.Pending, time.GetUtcNow(), rule.Approvers, []);
            S.PendingDelayReasons.Add("awaiting-approval");
            _approvalChanged = true;
        }

        if (!OrderStateMachine.Decide(Domain(S.Status), OrderTrigger.Ship, Evidence()).IsAllowed)
        {
            return;
        }

        await ForEachReservation(S.Reservations, cell => cell.Deduct(Id));
        // With an approval, the approver is who let it out; otherwise the verification itself did.
        var actor = S.Approval is { Status: ApprovalStatus.Approved } approval ? approval.Decisions[^1].Approver : "verification";
        Move(OrderTrigger.Ship, actor, $"{S.Carrier} {S.WaybillNumber}", time.GetUtcNow());
    }

    private async Task Allocate(bool rerouting = false)
    {
        var result = await GrainFactory.GetGrain<IRouterGrain>(0).Allocate(
            new AllocationRequest(Id, S.ProvinceCode!, S.Lines, S.CityCode, Id.Split(':')[0]));
        var now = time.GetUtcNow();
        if (result.Allocated)
        {
            S.Packages = result.Packages;
            S.Reservations = result.Reservations;
            S.Warehouse = string.Join("+", result.Packages.Select(p => p.Warehouse));
            S.Backordered = false;
            if (S.Status == Status.Paid)
            {
                var split = result.Packages.Length > 1 ? $"split into {result.Packages.Length} packages" : "one package";
                Move(OrderTrigger.Allocate, "router", $"{S.Warehouse} ({split})", now);
            }

            return;
        }

        if (S.OnShortfall == ShortfallPolicy.Backorder || rerouting)
        {
            S.Backordered = true;
            LogBackordered(Id, result.Unservable ?? "unservable");
            return;
        }

        S.CancelReason = $"Out of stock. {result.Unservable}";
        Move(OrderTrigger.Cancel, "router", S.CancelReason, now);
    }

    private Task StopPaymentTimeout() => StopReminder(PaymentTimeoutReminder);

    private async Task StopReminder(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>Applies a trigger through the state machine; returns the refusal, or null when the order moved.</summary>
    private OrderCommandResult? Move(OrderTrigger trigger, string actor, string? note, DateTimeOffset at)
    {
        var transition = OrderStateMachine.Decide(Domain(S.Status), trigger, Evidence());
        if (!transition.IsAllowed)
        {
            return Refuse(transition.Rejection.ToString(), transition.Describe());
        }

        Record((Status)(int)transition.To, trigger.ToString(), actor, note, at);
        return null;
    }

    private ShipmentEvidence Evidence() =>
        new(S.WaybillNumber is not null, S.OutboundScanId is not null, S.Approval is { Status: not ApprovalStatus.Approved });

    private void Record(Status status, string trigger, string actor, string? note, DateTimeOffset at)
    {
        S.Status = status;
        ImmutableArray<string> delays = S.PendingDelayReasons.Count == 0 ? [] : [.. S.PendingDelayReasons.Distinct(StringComparer.Ordinal)];
        S.PendingDelayReasons.Clear();
        S.History.Add(new OrderHistoryEntry(S.Version + 1, status, at, trigger, actor, note, delays));
    }

    /// <summary>Writes the state, then publishes every history entry after <paramref name="fromVersion"/>.</summary>
    private async Task<OrderCommandResult> Persist(int fromVersion)
    {
        try
        {
            _storedVersion = await store.Save(Id, _storedVersion, S);
        }
        catch
        {
            // Memory is now ahead of storage; drop this activation so the next call reloads.
            DeactivateOnIdle();
            throw;
        }

        var stream = this.GetStreamProvider(OrleansNames.StreamProvider)
            .GetStream<OrderStatusChanged>(StreamId.Create(OrleansNames.OrderStatusNamespace, Id));
        foreach (var entry in S.History.Skip(fromVersion))
        {
            try
            {
                await stream.OnNextAsync(new OrderStatusChanged(Id, entry.Version, entry.Status, entry.At, S.Warehouse, S.Carrier, entry.DelayReasons)
                {
                    PhoneTail = PhoneTail.Of(S.Address?.Phone),
                    WaybillNumber = S.WaybillNumber,
                    CreatedAt = S.CreatedAt,
                    PaidAt = S.PaidAt,
                });
            }
            catch (Exception ex)
            {
                // The change is durable; a lost event shows up as a gap that the tracking grain repairs.
                LogPublishFailed(ex, Id, entry.Version);
            }
        }

        await AfterPersist(fromVersion);
        return new OrderCommandResult(true, null, null, View());
    }

    private async Task<string[]> UnknownSkus(SubmitOrder order)
    {
        var skus = order.Lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal).ToArray();
        var found = await Task.WhenAll(skus.Select(s => GrainFactory.GetGrain<ISkuGrain>(s).Get()));
        return skus.Where((_, i) => found[i] is null).ToArray();
    }

    private Task ForEachReservation(IEnumerable<GrainInterfaces.Routing.StockReservationView> reservations, Func<IStockCellGrain, Task<StockResult>> action) =>
        Task.WhenAll(reservations.Select(r => action(GrainFactory.GetGrain<IStockCellGrain>(new StockCellKey(r.Sku, r.Warehouse).ToString()))));

    private OrderCommandResult Unchanged() => new(false, null, null, S.Exists ? View() : null);

    private OrderCommandResult Refuse(string reason, string detail) => new(false, reason, detail, View());

    private static OrderActors.Domain.Orders.OrderStatus Domain(Status status) => (OrderActors.Domain.Orders.OrderStatus)(int)status;

    private OrderView View() => new(
        Id, S.Status, S.Version, S.Lines, S.Address!, S.ProvinceCode, S.CreatedAt, S.PaidAt, S.Warehouse, S.Backordered,
        S.Carrier, S.WaybillNumber, S.OutboundScanId, S.CancelReason, [.. S.History], S.Packages, S.Reservations, S.PaymentDueAt,
        S.PlatformStatus, S.PlatformModifiedAt, FulfilmentView());

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} backordered: {Why}")]
    private partial void LogBackordered(string orderId, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: status event {Version} not published")]
    private partial void LogPublishFailed(Exception ex, string orderId, int version);
}
