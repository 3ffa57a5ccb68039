using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrderActors.Grains.Inventory;
using OrderActors.Grains.Storage;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests.Inventory;

/// <summary>
/// The stock journal's silo-wide writer against real PostgreSQL. To put several cells in one
/// statement for certain, a test first stalls the writer: an open transaction holds a row the
/// writer's first statement also inserts, so that statement waits on the row lock while the other
/// cells hand over their batches; ending the transaction lets both statements run.
/// </summary>
public sealed class StockJournalWriterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 11, 0, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;
    private NpgsqlDataSource _dataSource = null!;
    private PostgresStockJournal _journal = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.Create();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        await new DatabaseMigrator(_dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);
        _journal = new PostgresStockJournal(_dataSource, new StockJournalWriter(_dataSource));
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Cells_committing_together_share_one_statement_and_every_entry_lands_with_its_cell_and_sequence()
    {
        var cells = Enumerable.Range(1, 40).Select(i => $"MULTI-{i}@WH-SH").ToArray();

        var appends = await WhileStalled(() => cells.Select(cell => _journal.Append(cell, Reservations(cell, 1, 3))).ToArray());
        await Task.WhenAll(appends);

        Assert.Equal(1L, await _database.Scalar<long>("select count(distinct xmin::text) from stock_cell_journal where cell like 'MULTI-%'"));
        foreach (var cell in cells)
        {
            var loaded = await _journal.Load(cell, CancellationToken.None);
            Assert.Equal(Reservations(cell, 1, 3), loaded);
        }
    }

    [Fact]
    public async Task A_taken_sequence_fails_only_its_cell_and_the_other_cells_of_the_statement_commit()
    {
        var cells = Enumerable.Range(1, 5).Select(i => $"FINE-{i}@WH-SH").ToArray();
        const string zombie = "ZOMBIE@WH-SH";

        // Another activation of the cell wrote its sequence number 2 first.
        await Insert(_dataSource, zombie, 2);

        var (fine, conflicting) = await WhileStalled(() =>
            (cells.Select(cell => _journal.Append(cell, Reservations(cell, 1, 3))).ToArray(), _journal.Append(zombie, Reservations(zombie, 1, 3))));

        await Task.WhenAll(fine);
        var failure = await Assert.ThrowsAsync<PostgresException>(() => conflicting);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, failure.SqlState);
        foreach (var cell in cells)
        {
            Assert.Equal(Reservations(cell, 1, 3), await _journal.Load(cell, CancellationToken.None));
        }

        // All or nothing per cell: neither of the zombie's free sequence numbers was written.
        Assert.Equal(new[] { 2L }, (await _journal.Load(zombie, CancellationToken.None)).Select(e => e.Sequence));

        // The writer goes on with the next batch.
        await _journal.Append("AFTER@WH-SH", Reservations("AFTER@WH-SH", 1, 1));
        Assert.Single(await _journal.Load("AFTER@WH-SH", CancellationToken.None));
    }

    [Fact]
    public async Task Any_other_error_fails_every_cell_of_the_statement_and_writes_nothing()
    {
        var cells = Enumerable.Range(1, 5).Select(i => $"LOST-{i}@WH-SH").ToArray();
        const string refused = "REFUSED@WH-SH";

        // An op the table's check constraint refuses: an error that is not a taken sequence number.
        var appends = await WhileStalled(() =>
            cells.Select(cell => _journal.Append(cell, Reservations(cell, 1, 2)))
                .Append(_journal.Append(refused, [new StockJournalEntry(1, (StockJournalOp)99, null, 0, 0, At)]))
                .ToArray());

        foreach (var append in appends)
        {
            var failure = await Assert.ThrowsAsync<PostgresException>(() => append);
            Assert.Equal(PostgresErrorCodes.CheckViolation, failure.SqlState);
        }

        Assert.Equal(0L, await _database.Scalar<long>("select count(*) from stock_cell_journal where cell like 'LOST-%' or cell = 'REFUSED@WH-SH'"));

        await _journal.Append(cells[0], Reservations(cells[0], 1, 2));
        Assert.Equal(Reservations(cells[0], 1, 2), await _journal.Load(cells[0], CancellationToken.None));
    }

    /// <summary>Runs <paramref name="handOver"/> while the writer's statement in flight waits on a row lock, then lets it go.</summary>
    private async Task<T> WhileStalled<T>(Func<T> handOver)
    {
        const string stall = "STALL@WH-SH";
        await using var holder = await _dataSource.OpenConnectionAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await Insert(holder, stall, 1);
        var stalled = _journal.Append(stall, Reservations(stall, 1, 1));
        await LockWaiter();

        var result = handOver();

        await transaction.RollbackAsync();
        await stalled;
        return result;
    }

    /// <summary>Waits until a backend of this database waits on a lock: the writer's statement is in flight and stuck.</summary>
    private async Task LockWaiter()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await _database.Scalar<long>(
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like 'insert into stock_cell_journal%'") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The journal writer's statement never waited on the held row.");
            await Task.Delay(10);
        }
    }

    private static async Task Insert(NpgsqlDataSource dataSource, string cell, long seq)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await Insert(connection, cell, seq);
    }

    private static async Task Insert(NpgsqlConnection connection, string cell, long seq)
    {
        await using var cmd = new NpgsqlCommand(
            "insert into stock_cell_journal (cell, seq, op, order_id, quantity, safety_stock, recorded_at) values ($1, $2, 2, 'other-activation', 1, 0, now())", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = cell });
        cmd.Parameters.Add(new NpgsqlParameter { Value = seq });
        await cmd.ExecuteNonQueryAsync();
    }

    private static StockJournalEntry[] Reservations(string cell, long from, long to) =>
        [.. Enumerable.Range((int)from, (int)(to - from + 1)).Select(s => new StockJournalEntry(s, StockJournalOp.Reserve, $"tmall:{cell}:{s}", s, 0, At.AddSeconds(s)))];
}
