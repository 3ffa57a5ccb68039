namespace OrderActors.Grains.Inventory;

/// <summary>The append-only journal a stock cell is rebuilt from.</summary>
internal interface IStockJournal
{
    Task<IReadOnlyList<StockJournalEntry>> Load(string cell, CancellationToken cancellationToken);

    /// <summary>Appends the entries atomically; fails (and appends nothing) if any sequence number is taken.</summary>
    Task Append(string cell, IReadOnlyList<StockJournalEntry> entries);
}
