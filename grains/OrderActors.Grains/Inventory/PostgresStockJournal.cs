using System.Diagnostics;
using System.Diagnostics.Metrics;
using Npgsql;
using NpgsqlTypes;

namespace OrderActors.Grains.Inventory;

/// <summary>
/// Stock journal in table <c>stock_cell_journal</c>. A batch is one INSERT … SELECT FROM unnest(…):
/// one round trip and one implicit transaction however many reservations it carries. The primary
/// key (cell, seq) turns a second activation of the same cell into a failed write, not a fork.
/// </summary>
internal sealed class PostgresStockJournal(NpgsqlDataSource dataSource) : IStockJournal
{
    // Batch sizes show operators (and docs/benchmarks.md) how well group commit amortizes each commit.
    private static readonly Meter Meter = new("OrderActors.Inventory");
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "orderactors.stock_journal.batch_size", "{entry}", "Entries per stock journal write (one group commit batch).");
    private static readonly Histogram<double> WriteDuration = Meter.CreateHistogram<double>(
        "orderactors.stock_journal.write.duration", "s", "Duration of a successful stock journal write, commit included.");

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

    public async Task Append(string cell, IReadOnlyList<StockJournalEntry> entries)
    {
        var started = Stopwatch.GetTimestamp();
        var n = entries.Count;
        var seq = new long[n];
        var op = new short[n];
        var order = new string?[n];
        var qty = new int[n];
        var safety = new int[n];
        var at = new DateTime[n];
        for (var i = 0; i < n; i++)
        {
            var e = entries[i];
            (seq[i], op[i], order[i], qty[i], safety[i], at[i]) = (e.Sequence, (short)e.Op, e.OrderId, e.Quantity, e.SafetyStock, e.RecordedAt.UtcDateTime);
        }

        await using var cmd = dataSource.CreateCommand(
            """
            insert into stock_cell_journal (cell, seq, op, order_id, quantity, safety_stock, recorded_at)
            select $1, s, o, oid, q, ss, t from unnest($2, $3, $4, $5, $6, $7) as j(s, o, oid, q, ss, t)
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = cell });
        cmd.Parameters.Add(new NpgsqlParameter { Value = seq, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        cmd.Parameters.Add(new NpgsqlParameter { Value = op, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Smallint });
        cmd.Parameters.Add(new NpgsqlParameter { Value = order, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = qty, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = safety, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = at, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        // Nothing below touches grain state, so the rest runs on the thread pool: under load the owning
        // grain's queue is full of requests, and a turn there would delay every caller of the batch
        // (measured in docs/benchmarks.md).
        await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        WriteDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        BatchSize.Record(n);
    }
}
