using Microsoft.Extensions.Logging;
using OrderActors.Domain.Orders;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Routing;
using Orleans.Streams;
using Status = OrderActors.GrainInterfaces.Orders.OrderStatus;

namespace OrderActors.Grains.Orders;

/// <summary>
/// One order. Loads its state, asks the domain's state machine, reserves through the router,
/// persists, and only then answers and publishes the change on the order status stream.
/// </summary>
internal sealed partial class OrderGrain(
    [PersistentState("order", OrleansNames.GrainStorage)] IPersistentState<OrderState> state,
    TimeProvider time,
    ILogger<OrderGrain> logger) : Grain, IOrderGrain
{
    private OrderState S => state.State;

    private string Id => this.GetPrimaryKeyString();

    async Task<SubmitOrderResult> IOrderGrain.Submit(SubmitOrder order)
    {
        var fingerprint = OrderFingerprint.Of(order);
        if (S.Exists)
        {
            return S.Fingerprint == fingerprint
                ? new SubmitOrderResult(S.SubmitOutcome, true, S.SubmitReason, S.SubmitDetail, View())
                : new SubmitOrderResult(SubmitOutcome.IdempotencyConflict, false, "IdempotencyConflict",
                    $"Order {Id} was submitted before with different content; use a new idempotency key for a new order.", null);
        }

        if (!OrderSubmissionRules.TryValidate(order, out var province, out var reason, out var detail))
        {
            return new SubmitOrderResult(SubmitOutcome.Invalid, false, reason, detail, null);
        }

        var unknown = await UnknownSkus(order);
        if (unknown.Length > 0)
        {
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
        Record(order.PaidAt is null ? Status.Created : Status.Paid, "Submit", "api", null, now);
        if (order.PaidAt is not null)
        {
            await Allocate();
        }

        (S.SubmitOutcome, S.SubmitReason, S.SubmitDetail) = S.Status == Status.Cancelled
            ? (SubmitOutcome.Refused, "OutOfStock", S.CancelReason)
            : (SubmitOutcome.Accepted, null, null);
        await Persist(fromVersion: 0);
        return new SubmitOrderResult(S.SubmitOutcome, false, S.SubmitReason, S.SubmitDetail, View());
    }

    Task<OrderView?> IOrderGrain.Get() => Task.FromResult(S.Exists ? View() : null);

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
        await Allocate();
        return await Persist(before);
    }

    async Task<OrderCommandResult> IOrderGrain.Cancel(string reason, string actor)
    {
        if (!S.Exists || S.Status == Status.Cancelled)
        {
            return Unchanged();
        }

        var before = S.Version;
        var heldStock = S.Status == Status.Allocated ? S.Warehouse : null;
        var refused = Move(OrderTrigger.Cancel, actor, reason, time.GetUtcNow());
        if (refused is not null)
        {
            return refused;
        }

        S.CancelReason = reason;
        var result = await Persist(before);

        // Released after the cancel is durable: a crash in between leaks a reservation for the
        // reconciler to find, where the other order would leave a live order without its stock.
        if (heldStock is not null)
        {
            await ForEachCell(heldStock, cell => cell.Release(Id));
        }

        return result;
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

        if (S.Status is not (Status.Allocated or Status.Outbound))
        {
            return Refuse(nameof(TransitionRejection.NotAllowedFromStatus), $"A waybill is bound while the order is Allocated or Outbound, not {S.Status}.");
        }

        var before = S.Version;
        var bound = S.WaybillNumber is null;
        (S.Carrier, S.WaybillNumber) = (carrier, waybillNumber);
        await ShipWhenVerified();
        return bound || S.Version != before ? await Persist(before) : Unchanged();
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

    /// <summary>Double verification: Outbound becomes Shipped only with both an outbound scan and a waybill.</summary>
    private async Task ShipWhenVerified()
    {
        var evidence = new ShipmentEvidence(S.WaybillNumber is not null, S.OutboundScanId is not null);
        if (S.Status != Status.Outbound || !OrderStateMachine.Decide(Domain(S.Status), OrderTrigger.Ship, evidence).IsAllowed)
        {
            return;
        }

        await ForEachCell(S.Warehouse!, cell => cell.Deduct(Id));
        Move(OrderTrigger.Ship, "verification", $"{S.Carrier} {S.WaybillNumber}", time.GetUtcNow());
    }

    private async Task Allocate()
    {
        var result = await GrainFactory.GetGrain<IRouterGrain>(0).Allocate(new AllocationRequest(Id, S.ProvinceCode!, S.Lines));
        var now = time.GetUtcNow();
        if (result.Allocated)
        {
            S.Warehouse = result.Warehouse;
            S.Backordered = false;
            var local = result.Attempts[^1].SameProvince ? "same province" : "other province";
            Move(OrderTrigger.Allocate, "router", $"{result.Warehouse} ({local})", now);
            return;
        }

        var why = result.Attempts.IsEmpty
            ? "No active warehouse."
            : string.Join("; ", result.Attempts.Select(a => $"{a.Warehouse}: {a.RefusedBecause}"));
        if (S.OnShortfall == ShortfallPolicy.Backorder)
        {
            S.Backordered = true;
            LogBackordered(Id, why);
            return;
        }

        S.CancelReason = $"Out of stock. {why}";
        Move(OrderTrigger.Cancel, "router", S.CancelReason, now);
    }

    /// <summary>Applies a trigger through the state machine; returns the refusal, or null when the order moved.</summary>
    private OrderCommandResult? Move(OrderTrigger trigger, string actor, string? note, DateTimeOffset at)
    {
        var evidence = new ShipmentEvidence(S.WaybillNumber is not null, S.OutboundScanId is not null);
        var transition = OrderStateMachine.Decide(Domain(S.Status), trigger, evidence);
        if (!transition.IsAllowed)
        {
            return Refuse(transition.Rejection.ToString(), transition.Describe());
        }

        Record((Status)(int)transition.To, trigger.ToString(), actor, note, at);
        return null;
    }

    private void Record(Status status, string trigger, string actor, string? note, DateTimeOffset at)
    {
        S.Status = status;
        S.History.Add(new OrderHistoryEntry(S.Version + 1, status, at, trigger, actor, note));
    }

    /// <summary>Writes the state, then publishes every history entry after <paramref name="fromVersion"/>.</summary>
    private async Task<OrderCommandResult> Persist(int fromVersion)
    {
        try
        {
            await state.WriteStateAsync();
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
                await stream.OnNextAsync(new OrderStatusChanged(Id, entry.Version, entry.Status, entry.At, S.Warehouse));
            }
            catch (Exception ex)
            {
                // The change is durable; a lost event shows up as a gap that the tracking grain repairs.
                LogPublishFailed(ex, Id, entry.Version);
            }
        }

        return new OrderCommandResult(true, null, null, View());
    }

    private async Task<string[]> UnknownSkus(SubmitOrder order)
    {
        var skus = order.Lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal).ToArray();
        var found = await Task.WhenAll(skus.Select(s => GrainFactory.GetGrain<ISkuGrain>(s).Get()));
        return skus.Where((_, i) => found[i] is null).ToArray();
    }

    private Task ForEachCell(string warehouse, Func<IStockCellGrain, Task<StockResult>> action) =>
        Task.WhenAll(S.Lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal)
            .Select(sku => action(GrainFactory.GetGrain<IStockCellGrain>(new StockCellKey(sku, warehouse).ToString()))));

    private OrderCommandResult Unchanged() => new(false, null, null, S.Exists ? View() : null);

    private OrderCommandResult Refuse(string reason, string detail) => new(false, reason, detail, View());

    private static OrderActors.Domain.Orders.OrderStatus Domain(Status status) => (OrderActors.Domain.Orders.OrderStatus)(int)status;

    private OrderView View() => new(
        Id, S.Status, S.Version, S.Lines, S.Address!, S.ProvinceCode, S.CreatedAt, S.PaidAt, S.Warehouse, S.Backordered,
        S.Carrier, S.WaybillNumber, S.OutboundScanId, S.CancelReason, [.. S.History]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} backordered: {Why}")]
    private partial void LogBackordered(string orderId, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: status event {Version} not published")]
    private partial void LogPublishFailed(Exception ex, string orderId, int version);
}
