using Npgsql;

namespace OrderActors.Grains.Inventory;

/// <summary>
/// Stock journal in table <c>stock_cell_journal</c>. Appends go through the silo-wide
/// <see cref="StockJournalWriter"/>: the batches of all cells committing at the same time are one
/// INSERT … SELECT FROM unnest(…), one round trip and one commit however many cells and
/// reservations they carry. The primary key (cell, seq) turns a second activation of the same cell
/// into a failed write, not a fork.
/// </summary>
internal sealed class PostgresStockJournal(NpgsqlDataSource dataSource, StockJournalWriter writer) : IStockJournal
{
    public async Task<IReadOnlyList<StockJournalEntry>> Load(string cell, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand(
            "select seq, op, order_id, quantity, safety_stock, recorded_at from stock_cell_journal where cell = $1 order by seq");
        cmd.Parameters.Add(new NpgsqlParameter { Value = cell });
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        var entries = new List<StockJournalEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new StockJournalEntry(
                reader.GetInt64(0),
                (StockJournalOp)reader.GetInt16(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return entries;
    }

    /// <summary>Hands the batch to the silo's <see cref="StockJournalWriter"/>, which writes it together with other cells' batches.</summary>
    public Task Append(string cell, IReadOnlyList<StockJournalEntry> entries) => writer.Append(cell, entries);
}
