using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.Domain.Returns;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Returns;
using RefundStatus = OrderActors.GrainInterfaces.Returns.RefundStatus;
using ReturnStatus = OrderActors.GrainInterfaces.Returns.ReturnStatus;

namespace OrderActors.Grains.Returns;

/// <summary>
/// One return. Asks the domain's return state machine and refund rules, persists, writes its row in
/// <c>returns</c>, and only then answers. QC writes its verdict first and then books the units in the stock
/// cells, so a retry after a crash books exactly the same units (the cells are idempotent by return line).
/// </summary>
internal sealed class ReturnGrain(
    [PersistentState("return", OrleansNames.GrainStorage)] IPersistentState<ReturnState> state,
    ReturnStore store,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : Grain, IReturnGrain
{
    private ReturnState S => state.State;

    private string Id => this.GetPrimaryKeyString();

    async Task<ReturnCommandResult> IReturnGrain.Open(CreateReturn request, long goodsValueFen)
    {
        if (S.Exists)
        {
            await store.Save(Summary());
            return Unchanged();
        }

        var now = time.GetUtcNow();
        S.OrderId = request.OrderId;
        S.Source = request.Source;
        S.PlatformReturnId = request.PlatformReturnId;
        S.RequestId = request.RequestId;
        S.Status = ReturnStatus.Requested;
        S.Lines = [.. request.Lines.Select(l => new ReturnLineView(l.Sku, l.Quantity, 0, 0))];
        S.Reason = request.Reason;
        S.ReasonText = request.ReasonText;
        S.GoodsValueFen = goodsValueFen;
        S.RequestedAt = now;
        Record("Request", request.Actor, $"{request.Source} {request.PlatformReturnId}".Trim(), now);
        return await Persist();
    }

    Task<ReturnView?> IReturnGrain.Get() => Task.FromResult(S.Exists ? View() : null);

    async Task<ReturnCommandResult> IReturnGrain.Receive(string warehouse, string actor)
    {
        // A repeat (also after QC) changes nothing; another warehouse is refused by the state machine.
        if (!S.Exists || (S.ReceivedAt is not null && S.Warehouse == warehouse))
        {
            return Unchanged();
        }

        var warehouses = await GrainFactory.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey).List();
        if (!warehouses.Any(w => w.Code == warehouse))
        {
            return Refuse("UnknownWarehouse", $"Warehouse '{warehouse}' is not defined.");
        }

        var refused = Move(ReturnTrigger.Receive);
        if (refused is not null)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        (S.Warehouse, S.ReceivedAt) = (warehouse, now);
        Record("Receive", actor, $"at {warehouse}", now);
        return await Persist();
    }

    async Task<ReturnCommandResult> IReturnGrain.RecordQc(ImmutableArray<QcLine> lines, string actor, string? note)
    {
        if (!S.Exists)
        {
            return Unchanged();
        }

        var verdict = lines.Select(l => new InspectedUnits(l.Sku, l.Passed, l.Failed)).ToList();
        if (S.InspectedAt is not null)
        {
            // The verdict is final; its repeat finishes booking the stock if a crash cut that short.
            await BookPendingStock();
            var recorded = S.Lines.Select(l => new InspectedUnits(l.Sku, l.Passed, l.Failed)).ToList();
            return InspectionRules.SameVerdict(recorded, verdict)
                ? Unchanged()
                : Refuse(nameof(ReturnRejection.QcAlreadyRecorded), "QC was recorded before with other quantities; a QC verdict is final.");
        }

        var check = InspectionRules.Check([.. S.Lines.Select(l => new ReturnUnits(l.Sku, l.Quantity))], verdict);
        if (!check.IsAllowed)
        {
            return Refuse(check.Rejection.ToString(), check.Detail!);
        }

        var refused = Move(ReturnStateMachine.QcTrigger(verdict.Sum(v => v.Passed), verdict.Sum(v => v.Failed)));
        if (refused is not null)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var byId = verdict.ToDictionary(v => v.Sku, StringComparer.Ordinal);
        S.Lines = [.. S.Lines.Select(l => l with { Passed = byId.GetValueOrDefault(l.Sku).Passed, Failed = byId.GetValueOrDefault(l.Sku).Failed })];
        (S.InspectedAt, S.StockBooked) = (now, false);
        Record("Qc", actor, note, now);
        await WriteState();
        await BookPendingStock();
        return new ReturnCommandResult(true, null, null, View());
    }

    async Task<ReturnCommandResult> IReturnGrain.SetRefund(RefundStatus status, long amountFen, string actor)
    {
        if (!S.Exists)
        {
            return Unchanged();
        }

        var decision = RefundRules.Decide(
            (Domain.Returns.ReturnStatus)(int)S.Status, (Domain.Returns.RefundStatus)(int)S.Refund, S.RefundFen,
            (Domain.Returns.RefundStatus)(int)status, amountFen, S.GoodsValueFen);
        if (!decision.IsAllowed)
        {
            return Refuse(decision.Check.Rejection.ToString(), decision.Check.Detail!);
        }

        if (!decision.Changed)
        {
            return Unchanged();
        }

        var now = time.GetUtcNow();
        (S.Refund, S.RefundFen) = (status, status == RefundStatus.Rejected ? 0 : amountFen);
        Record("Refund", actor, status == RefundStatus.Rejected ? "rejected" : $"{status} {amountFen} fen", now);
        return await Persist();
    }

    async Task<ReturnCommandResult> IReturnGrain.Cancel(string actor, string? reason)
    {
        if (!S.Exists)
        {
            return Unchanged();
        }

        var applied = false;
        if (S.Status != ReturnStatus.Cancelled)
        {
            var refused = Move(ReturnTrigger.Cancel);
            if (refused is not null)
            {
                return refused;
            }

            var now = time.GetUtcNow();
            S.CancelledAt = now;
            Record("Cancel", actor, reason, now);
            await Persist();
            applied = true;
        }

        // After the cancel is durable (and again on a repeat, in case a crash came in between): the units
        // may then be returned by another return.
        await GrainFactory.GetGrain<IOrderReturnsGrain>(S.OrderId!).Release(Id);
        return new ReturnCommandResult(applied, null, null, View());
    }

    /// <summary>Books a durable QC verdict in the stock cells, then records that it did.</summary>
    private async Task BookPendingStock()
    {
        if (!S.Exists || S.InspectedAt is null || S.StockBooked)
        {
            return;
        }

        var results = await Task.WhenAll(S.Lines.SelectMany(Bookings));
        var refused = results.FirstOrDefault(r => !r.Succeeded);
        if (refused is not null)
        {
            throw new InvalidOperationException($"Return {Id}: stock cell {refused.Cell.Sku}@{refused.Cell.Warehouse} refused the QC booking: {refused.Reason} {refused.Detail}");
        }

        S.StockBooked = true;
        await Persist();
    }

    private IEnumerable<Task<StockResult>> Bookings(ReturnLineView line)
    {
        var cell = GrainFactory.GetGrain<IStockCellGrain>(new StockCellKey(line.Sku, S.Warehouse!).ToString());
        var returnLine = $"{Id}#{line.Sku}";
        if (line.Passed > 0)
        {
            yield return cell.ReturnToStock(returnLine, line.Passed);
        }

        if (line.Failed > 0)
        {
            yield return cell.ReturnDamaged(returnLine, line.Failed);
        }
    }

    /// <summary>Applies a trigger through the state machine; returns the refusal, or null when the return moved.</summary>
    private ReturnCommandResult? Move(ReturnTrigger trigger)
    {
        var transition = ReturnStateMachine.Decide((Domain.Returns.ReturnStatus)(int)S.Status, trigger);
        if (!transition.IsAllowed)
        {
            return Refuse(transition.Rejection.ToString(), transition.Describe());
        }

        S.Status = (ReturnStatus)(int)transition.To;
        return null;
    }

    private void Record(string step, string actor, string? note, DateTimeOffset at) =>
        S.History.Add(new ReturnHistoryEntry(step, S.Status, S.Refund, at, actor, string.IsNullOrWhiteSpace(note) ? null : note));

    private async Task<ReturnCommandResult> Persist()
    {
        await WriteState();
        await store.Save(Summary());
        return new ReturnCommandResult(true, null, null, View());
    }

    private async Task WriteState()
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
    }

    private ReturnCommandResult Unchanged() => new(false, null, null, S.Exists ? View() : null);

    private ReturnCommandResult Refuse(string reason, string detail) => new(false, reason, detail, View());

    private ReturnSummary Summary() => new(
        Id, S.OrderId!, S.Status, S.Source, S.PlatformReturnId, S.Warehouse, S.Reason, S.Refund, S.RefundFen,
        S.Lines.Sum(l => l.Quantity), S.Lines.Sum(l => l.Passed), S.Lines.Sum(l => l.Failed),
        S.RequestedAt, S.ReceivedAt, S.InspectedAt, S.CancelledAt, S.History[^1].At);

    private ReturnView View() => new(
        Id, S.OrderId!, S.Source, S.PlatformReturnId, S.RequestId, S.Status, S.Lines, S.Reason, S.ReasonText, S.Warehouse,
        S.GoodsValueFen, S.Refund, S.RefundFen, S.StockBooked, S.RequestedAt, S.ReceivedAt, S.InspectedAt, S.CancelledAt, [.. S.History]);
}
