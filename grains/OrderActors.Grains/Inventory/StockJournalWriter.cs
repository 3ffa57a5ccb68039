using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.ExceptionServices;
using Npgsql;
using NpgsqlTypes;
using OrderActors.Grains.Storage;

namespace OrderActors.Grains.Inventory;

/// <summary>
/// Group commit across the stock cells of a silo: the batches cells hand over while a journal write
/// is in flight go out together in the next write, one INSERT … SELECT FROM unnest(…) for all of
/// them. Each cell's task completes when its own entries are durable, or fails with them.
/// </summary>
/// <remarks>
/// A cell's batch is never split: it lands whole or not at all. The primary key (cell, seq) is what
/// turns a second activation of a cell into a failed write, so a unique violation in a shared
/// statement is written again cell by cell, and only the conflicting cell fails. Any other error
/// (a lost connection, a refused row) fails every cell of the statement: none of it is durable.
/// Thread-safe: cells on every scheduler of the silo call it at once.
/// </remarks>
internal sealed class StockJournalWriter
{
    // Batch sizes show operators (and docs/benchmarks.md) how well group commit amortizes each commit.
    private static readonly Meter Meter = new("OrderActors.Inventory");
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "orderactors.stock_journal.batch_size", "{entry}", "Entries per stock journal write (one statement, all cells in it).");
    private static readonly Histogram<int> CellsPerWrite = Meter.CreateHistogram<int>(
        "orderactors.stock_journal.cells", "{cell}", "Stock cells per stock journal write (one statement).");
    private static readonly Histogram<double> WriteDuration = Meter.CreateHistogram<double>(
        "orderactors.stock_journal.write.duration", "s", "Duration of a successful stock journal write, commit included.");

    // Cells in one statement; a hot cell's batch is already bounded by its own group commit.
    private const int MaxCells = 1_000;

    private readonly NpgsqlDataSource _dataSource;
    private readonly BatchingCaller<CellBatch, Exception?> _calls;

    public StockJournalWriter(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _calls = new BatchingCaller<CellBatch, Exception?>(Write, MaxCells);
    }

    /// <summary>Queues one cell's batch; completes when all its entries are committed, fails if none are.</summary>
    public async Task Append(string cell, IReadOnlyList<StockJournalEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        // The loop runs off the grain's scheduler; so does this continuation, which touches no grain state.
        if (await _calls.Call(new CellBatch(cell, entries)).ConfigureAwait(false) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>
    /// Writes the batches in one statement and answers null for each; on a unique violation, each cell's outcome on its
    /// own. Any other error fails them all (the caller passes it to every cell of the statement).
    /// </summary>
    private async Task<Exception?[]> Write(IReadOnlyList<CellBatch> batches)
    {
        try
        {
            await Insert(batches).ConfigureAwait(false);
            return new Exception?[batches.Count];
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && batches.Count > 1)
        {
            // Some cell's sequence number is taken (a second activation of it wrote first). The
            // statement rolled back as a whole; each cell on its own finds out whether it was the one.
            // One by one, not at once: this is rare, and a burst of connections would cost the pool more.
            var outcomes = new Exception?[batches.Count];
            for (var i = 0; i < batches.Count; i++)
            {
                try
                {
                    await Insert([batches[i]]).ConfigureAwait(false);
                }
                catch (Exception one)
                {
                    outcomes[i] = one;
                }
            }

            return outcomes;
        }
    }

    private async Task Insert(IReadOnlyList<CellBatch> batches)
    {
        var started = Stopwatch.GetTimestamp();
        var n = batches.Sum(b => b.Entries.Count);
        var cell = new string[n];
        var seq = new long[n];
        var op = new short[n];
        var order = new string?[n];
        var qty = new int[n];
        var safety = new int[n];
        var at = new DateTime[n];
        var i = 0;
        foreach (var batch in batches)
        {
            foreach (var e in batch.Entries)
            {
                (cell[i], seq[i], op[i], order[i], qty[i], safety[i], at[i]) =
                    (batch.Cell, e.Sequence, (short)e.Op, e.OrderId, e.Quantity, e.SafetyStock, e.RecordedAt.UtcDateTime);
                i++;
            }
        }

        // One statement is one implicit transaction: all its rows commit together or none do.
        await using var cmd = _dataSource.CreateCommand(
            """
            insert into stock_cell_journal (cell, seq, op, order_id, quantity, safety_stock, recorded_at)
            select c, s, o, oid, q, ss, t from unnest($1, $2, $3, $4, $5, $6, $7) as j(c, s, o, oid, q, ss, t)
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = cell, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = seq, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        cmd.Parameters.Add(new NpgsqlParameter { Value = op, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Smallint });
        cmd.Parameters.Add(new NpgsqlParameter { Value = order, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = qty, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = safety, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = at, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        WriteDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        BatchSize.Record(n);
        CellsPerWrite.Record(batches.Count);
    }

    /// <summary>One cell's group commit batch and the task its cell awaits.</summary>
    private sealed class CellBatch(string cell, IReadOnlyList<StockJournalEntry> entries)
    {
        public string Cell { get; } = cell;

        public IReadOnlyList<StockJournalEntry> Entries { get; } = entries;
    }
}
