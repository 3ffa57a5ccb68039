using Microsoft.Extensions.DependencyInjection;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using OrderActors.Domain.Inventory;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Pool;
using OrderActors.Grains.ReadModel;

namespace OrderActors.Grains.Inventory;

/// <summary>
/// One SKU in one warehouse. The ledger lives in memory; every applied change goes to the journal
/// through a group commit, and a caller hears back only once its change is durable. The cell tells
/// the SKU's inventory pool about changes (at most every <see cref="PoolReportDelay"/>) and logs
/// freezes and unfreezes for operators.
/// </summary>
// Reentrant so that requests arriving while a journal write is in flight join the next batch.
// Safe: each request checks and changes the ledger within one turn (no await in between), and
// answers only after awaiting durability; the journal write is the only await.
[Reentrant]
internal sealed partial class StockCellGrain(IStockJournal journal, ReadModelStore readModel, [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time, ILogger<StockCellGrain> logger)
    : Grain, IStockCellGrain
{
    private static readonly TimeSpan PoolReportDelay = TimeSpan.FromMilliseconds(200);

    private readonly StockLedger _ledger = new();
    private readonly Dictionary<string, DateTimeOffset> _reservedAt = new(StringComparer.Ordinal);
    private StockCellKey _key;
    private long _sequence;
    private GroupCommit<StockJournalEntry> _commit = null!;
    private IGrainTimer? _poolReport;
    private bool _frozen;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = StockCellKey.Parse(this.GetPrimaryKeyString());
        var entries = await journal.Load(_key.ToString(), cancellationToken);
        foreach (var entry in entries)
        {
            Replay(entry);
            _sequence = entry.Sequence;
        }

        _frozen = _ledger.Frozen;
        _commit = new GroupCommit<StockJournalEntry>(batch => journal.Append(_key.ToString(), batch));
        SchedulePoolReport();
        LogActivated(_key.ToString(), entries.Count, _ledger.OnHand, _ledger.Reserved);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (!_commit.Failed)
        {
            await _commit.WhenDurable();
        }
    }

    Task<StockResult> IStockCellGrain.Reserve(string orderId, int quantity)
    {
        var decision = _ledger.Reserve(orderId, quantity);
        OrderActorsMetrics.Reservation(decision.Outcome.ToString());
        return Commit(decision, StockJournalOp.Reserve, orderId, quantity, 0);
    }

    Task<StockResult> IStockCellGrain.Release(string orderId) =>
        Commit(_ledger.Release(orderId), StockJournalOp.Release, orderId, 0, 0);

    Task<StockResult> IStockCellGrain.Deduct(string orderId) =>
        Commit(_ledger.Deduct(orderId), StockJournalOp.Deduct, orderId, 0, 0);

    Task<StockResult> IStockCellGrain.SetStock(int onHand, int safetyStock) =>
        Commit(_ledger.SetStock(onHand, safetyStock), StockJournalOp.SetStock, null, onHand, safetyStock);

    Task<StockResult> IStockCellGrain.ReturnToStock(string returnLine, int quantity) =>
        Commit(_ledger.ReturnToStock(returnLine, quantity), StockJournalOp.ReturnToStock, returnLine, quantity, 0);

    Task<StockResult> IStockCellGrain.ReturnDamaged(string returnLine, int quantity) =>
        Commit(_ledger.ReturnDamaged(returnLine, quantity), StockJournalOp.ReturnDamaged, returnLine, quantity, 0);

    async Task<StockResult> IStockCellGrain.SetFrozen(bool frozen, string actor, string reason)
    {
        var result = await Commit(_ledger.SetFrozen(frozen), frozen ? StockJournalOp.Freeze : StockJournalOp.Unfreeze, null, 0, 0);
        if (result.Change == StockChange.Applied)
        {
            await TryLogEvent(frozen ? "Frozen" : "Unfrozen", $"by {actor}: {reason}");
        }

        return result;
    }

    Task<ImmutableArray<OpenReservation>> IStockCellGrain.OpenReservations() =>
        Task.FromResult(_ledger.Reservations
            .Select(r => new OpenReservation(r.Key, r.Value, _reservedAt.GetValueOrDefault(r.Key)))
            .ToImmutableArray());

    Task<StockCellView> IStockCellGrain.Get() => Task.FromResult(View());

    private async Task<StockResult> Commit(StockDecision decision, StockJournalOp op, string? orderId, int quantity, int safetyStock)
    {
        if (_commit.Failed)
        {
            // The ledger may hold changes that never became durable; only a reload can be trusted.
            DeactivateOnIdle();
            throw new InvalidOperationException($"Stock cell {_key} is reloading after a failed journal write; retry.");
        }

        if (decision.Changed)
        {
            var entry = new StockJournalEntry(++_sequence, op, orderId, quantity, safetyStock, time.GetUtcNow());
            Track(entry);
            SchedulePoolReport();
            var flip = FreezeFlip();
            try
            {
                await _commit.Add(entry);
            }
            catch
            {
                DeactivateOnIdle();
                throw;
            }

            if (flip is not null)
            {
                await TryLogEvent(flip.Value.Kind, flip.Value.Reason);
            }
        }
        else if (decision.Succeeded)
        {
            // A retry: the original change may still be in a batch in flight; answer once it is durable.
            await _commit.WhenDurable();
        }

        return new StockResult(
            decision.Outcome switch
            {
                StockOutcome.Applied => StockChange.Applied,
                StockOutcome.AlreadyApplied => StockChange.AlreadyApplied,
                _ => StockChange.Refused,
            },
            decision.Succeeded ? null : decision.Refusal.ToString(),
            decision.Succeeded ? null : decision.Describe(),
            View());
    }

    /// <summary>The automatic freeze at safety stock, and the unfreeze on replenishment, as they happen.</summary>
    private (string Kind, string Reason)? FreezeFlip()
    {
        if (_ledger.Frozen == _frozen)
        {
            return null;
        }

        _frozen = _ledger.Frozen;
        if (_ledger.ManuallyFrozen)
        {
            return null;
        }

        return _frozen
            ? ("Frozen", $"free stock {_ledger.OnHand - _ledger.Reserved} reached safety stock {_ledger.SafetyStock}")
            : ("Unfrozen", $"replenished: free stock {_ledger.OnHand - _ledger.Reserved} above safety stock {_ledger.SafetyStock}");
    }

    /// <summary>The change itself is durable already; a lost event must not turn its answer into an error.</summary>
    private async Task TryLogEvent(string kind, string reason)
    {
        try
        {
            await readModel.Log(new InventoryEvent(_key.Sku, _key.Warehouse, kind, reason, time.GetUtcNow(), _ledger.OnHand, _ledger.Reserved, _ledger.SafetyStock));
        }
        catch (Exception ex)
        {
            LogEventFailed(ex, _key.ToString(), kind);
        }
    }

    private void Replay(StockJournalEntry entry)
    {
        var decision = entry.Op switch
        {
            StockJournalOp.SetStock => _ledger.SetStock(entry.Quantity, entry.SafetyStock),
            StockJournalOp.Reserve => _ledger.Reserve(entry.OrderId!, entry.Quantity),
            StockJournalOp.Release => _ledger.Release(entry.OrderId!),
            StockJournalOp.Deduct => _ledger.Deduct(entry.OrderId!),
            StockJournalOp.Freeze => _ledger.SetFrozen(true),
            StockJournalOp.Unfreeze => _ledger.SetFrozen(false),
            StockJournalOp.ReturnToStock => _ledger.ReturnToStock(entry.OrderId!, entry.Quantity),
            StockJournalOp.ReturnDamaged => _ledger.ReturnDamaged(entry.OrderId!, entry.Quantity),
            _ => throw new InvalidDataException($"Unknown journal op {entry.Op} in {_key} at {entry.Sequence}."),
        };
        if (!decision.Changed)
        {
            throw new InvalidDataException($"Journal of {_key} does not replay: entry {entry.Sequence} ({entry.Op}) gave {decision.Outcome}/{decision.Refusal}.");
        }

        Track(entry);
    }

    private void Track(StockJournalEntry entry)
    {
        switch (entry.Op)
        {
            case StockJournalOp.Reserve:
                _reservedAt[entry.OrderId!] = entry.RecordedAt;
                break;
            case StockJournalOp.Release or StockJournalOp.Deduct:
                _reservedAt.Remove(entry.OrderId!);
                break;
        }
    }

    /// <summary>Reports to the pool once per delay at most, however many changes came in between.</summary>
    private void SchedulePoolReport()
    {
        if (_poolReport is not null)
        {
            return;
        }

        _poolReport = this.RegisterGrainTimer(
            async _ =>
            {
                _poolReport?.Dispose();
                _poolReport = null;
                var view = View();
                await GrainFactory.GetGrain<IInventoryPoolGrain>(_key.Sku).Report(new PoolCell(
                    _key.Warehouse, view.OnHand, view.Reserved, view.SafetyStock, view.Available, view.Frozen, time.GetUtcNow(), _sequence));
            },
            new GrainTimerCreationOptions(PoolReportDelay, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private StockCellView View() =>
        new(_key.Sku, _key.Warehouse, _ledger.OnHand, _ledger.SafetyStock, _ledger.Reserved, _ledger.Available,
            _ledger.Reservations.Count, _ledger.Frozen, _ledger.ManuallyFrozen, _ledger.Damaged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stock cell {Cell}: the {Kind} event was not logged")]
    private partial void LogEventFailed(Exception ex, string cell, string kind);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stock cell {Cell} activated from {Entries} journal entries: on hand {OnHand}, reserved {Reserved}")]
    private partial void LogActivated(string cell, int entries, int onHand, int reserved);
}
