using Orleans.Concurrency;
using Microsoft.Extensions.Logging;
using OrderActors.Domain.Inventory;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Inventory;

/// <summary>
/// One SKU in one warehouse. The ledger lives in memory; every applied change goes to the journal
/// through a group commit, and a caller hears back only once its change is durable.
/// </summary>
// Reentrant so that requests arriving while a journal write is in flight join the next batch.
// Safe: each request checks and changes the ledger within one turn (no await in between), and
// answers only after awaiting durability; the journal write is the only await.
[Reentrant]
internal sealed partial class StockCellGrain(IStockJournal journal, TimeProvider time, ILogger<StockCellGrain> logger) : Grain, IStockCellGrain
{
    private readonly StockLedger _ledger = new();
    private StockCellKey _key;
    private long _sequence;
    private GroupCommit<StockJournalEntry> _commit = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = StockCellKey.Parse(this.GetPrimaryKeyString());
        var entries = await journal.Load(_key.ToString(), cancellationToken);
        foreach (var entry in entries)
        {
            Replay(entry);
            _sequence = entry.Sequence;
        }

        _commit = new GroupCommit<StockJournalEntry>(batch => journal.Append(_key.ToString(), batch));
        LogActivated(_key.ToString(), entries.Count, _ledger.OnHand, _ledger.Reserved);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (!_commit.Failed)
        {
            await _commit.WhenDurable();
        }
    }

    Task<StockResult> IStockCellGrain.Reserve(string orderId, int quantity) =>
        Commit(_ledger.Reserve(orderId, quantity), StockJournalOp.Reserve, orderId, quantity, 0);

    Task<StockResult> IStockCellGrain.Release(string orderId) =>
        Commit(_ledger.Release(orderId), StockJournalOp.Release, orderId, 0, 0);

    Task<StockResult> IStockCellGrain.Deduct(string orderId) =>
        Commit(_ledger.Deduct(orderId), StockJournalOp.Deduct, orderId, 0, 0);

    Task<StockResult> IStockCellGrain.SetStock(int onHand, int safetyStock) =>
        Commit(_ledger.SetStock(onHand, safetyStock), StockJournalOp.SetStock, null, onHand, safetyStock);

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
            try
            {
                await _commit.Add(entry);
            }
            catch
            {
                DeactivateOnIdle();
                throw;
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

    private void Replay(StockJournalEntry entry)
    {
        var decision = entry.Op switch
        {
            StockJournalOp.SetStock => _ledger.SetStock(entry.Quantity, entry.SafetyStock),
            StockJournalOp.Reserve => _ledger.Reserve(entry.OrderId!, entry.Quantity),
            StockJournalOp.Release => _ledger.Release(entry.OrderId!),
            StockJournalOp.Deduct => _ledger.Deduct(entry.OrderId!),
            _ => throw new InvalidDataException($"Unknown journal op {entry.Op} in {_key} at {entry.Sequence}."),
        };
        if (!decision.Changed)
        {
            throw new InvalidDataException($"Journal of {_key} does not replay: entry {entry.Sequence} ({entry.Op}) gave {decision.Outcome}/{decision.Refusal}.");
        }
    }

    private StockCellView View() =>
        new(_key.Sku, _key.Warehouse, _ledger.OnHand, _ledger.SafetyStock, _ledger.Reserved, _ledger.Available, _ledger.Reservations.Count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stock cell {Cell} activated from {Entries} journal entries: on hand {OnHand}, reserved {Reserved}")]
    private partial void LogActivated(string cell, int entries, int onHand, int reserved);
}
