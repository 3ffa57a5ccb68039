using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrderActors.Benchmarks.Infrastructure;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.Grains.Storage;

namespace OrderActors.Benchmarks.HotCell;

/// <summary>
/// Durable reservations on one hot stock cell: through the Orleans cluster (group commit to the
/// stock journal) against one PostgreSQL transaction per reservation with a row lock, on the same
/// server, at the same concurrency; plus a short correctness pass on each path.
/// </summary>
internal static class HotCellBenchmark
{
    public const double RateTarget = 50_000;
    public const double RatioTarget = 20;

    private const string Warehouse = "WH-BENCH";
    private const string CheckSku = "BENCH-CHECK";
    private const string RateSku = "BENCH-HOT";
    private const int RateStock = 100_000_000;
    private const int ClusterCheckStock = 10_000;
    private const int ClusterCheckRequests = 30_000;
    private const int RowLockCheckStock = 1_000;
    private const int RowLockCheckRequests = 3_000;

    public static async Task<int> Run(HotCellOptions options)
    {
        PrivatePostgres? postgres = null;
        ConsoleCancelEventHandler onCancel = (_, _) => postgres?.Stop();
        Console.CancelKeyPress += onCancel;
        try
        {
            if (options.Connection is null)
            {
                Console.WriteLine("Starting a private PostgreSQL (deploy/postgres.sh) …");
                postgres = await PrivatePostgres.Start();
            }

            var server = options.Connection ?? postgres!.ConnectionString;
            await using var database = await BenchDatabase.Create(server);
            var cpu = new CpuMeter(await CpuMeter.FindPostmaster(database.ConnectionString));
            var settingsOk = await Describe(options, database, postgres is not null);
            if (!settingsOk)
            {
                return 1;
            }

            await using (var dataSource = NpgsqlDataSource.Create(database.ConnectionString))
            {
                await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);
            }

            var cluster = options.Paths is BenchPaths.Both or BenchPaths.Cluster ? await ClusterPath(options, database, cpu) : null;
            NpgsqlConnection.ClearAllPools();
            var rowLock = options.Paths is BenchPaths.Both or BenchPaths.RowLock ? await RowLockPath(options, database, cpu) : null;
            return Summarize(cluster, rowLock);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            postgres?.Stop();
        }
    }

    private static async Task<bool> Describe(HotCellOptions options, BenchDatabase database, bool privateServer)
    {
        var version = await database.Scalar<string>("show server_version");
        var fsync = await database.Scalar<string>("show fsync");
        var synchronousCommit = await database.Scalar<string>("show synchronous_commit");
        var maxConnections = await database.Scalar<int>("show max_connections");
        Console.WriteLine();
        Console.WriteLine("OrderActors hot-cell benchmark");
        Console.WriteLine($"  machine     {Environment.ProcessorCount} cores ({CpuModel()}), {Gib(MemoryBytes()):0.0} GiB, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine($"  PostgreSQL  {version}, fsync={fsync}, synchronous_commit={synchronousCommit}, max_connections={maxConnections} ({(privateServer ? "private server from deploy/postgres.sh" : "--connection")}), database {database.Name}");
        Console.WriteLine($"  load        closed loop: {options.Concurrency} callers per path, each sends its next request when the last is answered;");
        Console.WriteLine($"              {options.WarmupSeconds} s warm-up, then {options.Seconds} s measured; qty 1, a new order id per request");
        Console.WriteLine($"  cluster     one silo in this process (localhost clustering, production runtime and grain services);");
        Console.WriteLine(options.Client == ClientKind.InSilo
            ? "              calls through the in-silo grain factory (no gateway, no network hop)"
            : "              calls through an Orleans client connected to the silo's gateway over loopback TCP");
        Console.WriteLine();
        if (fsync != "on" || synchronousCommit is "off" or "local")
        {
            Console.Error.WriteLine("FAIL: the server does not make commits durable (fsync/synchronous_commit); the numbers would mean nothing.");
            return false;
        }

        if (options.Concurrency + 10 > maxConnections)
        {
            Console.Error.WriteLine($"--concurrency {options.Concurrency} needs that many connections for the row-lock path; the server allows {maxConnections}.");
            return false;
        }

        return true;
    }

    private static async Task<PathResult> ClusterPath(HotCellOptions options, BenchDatabase database, CpuMeter cpu)
    {
        using var journal = new JournalMeter();
        var checkCell = $"{CheckSku}@{Warehouse}";
        var rateCell = $"{RateSku}@{Warehouse}";
        var correct = true;

        // Correctness: more requests than stock; exactly the stock is accepted, journalled, and survives a reload.
        LoadResult check;
        await using (var silo = await BenchSilo.Start(database.ConnectionString, options.Client))
        {
            var cell = silo.Grains.GetGrain<IStockCellGrain>(checkCell);
            Require((await cell.SetStock(ClusterCheckStock, 0)).Succeeded, "SetStock on the check cell");
            check = await ClosedLoop.ForCount(options.Concurrency, ClusterCheckRequests, "tmall:bench:c", _ => Task.FromResult<IReserver>(new GrainReserver(cell)));
        }

        var checkRows = await database.Scalar<long>("select count(*) from stock_cell_journal where cell = $1 and op = 2", checkCell);

        await using var fresh = await BenchSilo.Start(database.ConnectionString, options.Client);
        var reloaded = await fresh.Grains.GetGrain<IStockCellGrain>(checkCell).Get();
        var checkOk = check.Accepted == ClusterCheckStock && check.Refused == ClusterCheckRequests - ClusterCheckStock && check.Errors == 0
            && checkRows == ClusterCheckStock && reloaded.Reserved == ClusterCheckStock && reloaded.OpenReservations == ClusterCheckStock && reloaded.Available == 0;
        correct &= checkOk;
        Console.WriteLine($"[cluster]  check: {ClusterCheckRequests:N0} requests for {ClusterCheckStock:N0} units in {check.Window.TotalSeconds:0.0} s: " +
            $"accepted {check.Accepted:N0}, refused {check.Refused:N0}, errors {check.Errors}; journal reserve rows {checkRows:N0}; " +
            $"reloaded in a fresh silo: reserved {reloaded.Reserved:N0}, open reservations {reloaded.OpenReservations:N0}, available {reloaded.Available}  {Verdict(checkOk)}");
        ReportError(check);

        // Rate: stock far above what the run can reserve.
        var rate = fresh.Grains.GetGrain<IStockCellGrain>(rateCell);
        Require((await rate.SetStock(RateStock, 0)).Succeeded, "SetStock on the hot cell");
        CpuMeter.Snapshot cpuStart = default, cpuEnd = default;
        JournalTotals journalStart = default, journalEnd = default;
        var load = await ClosedLoop.ForDuration(
            options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.Seconds), "tmall:bench:r",
            _ => Task.FromResult<IReserver>(new GrainReserver(rate)),
            () =>
            {
                cpuStart = cpu.Take();
                journal.ResetLargest();
                journalStart = journal.Read();
            },
            () =>
            {
                cpuEnd = cpu.Take();
                journalEnd = journal.Read();
            });
        var use = CpuMeter.Between(cpuStart, cpuEnd);
        var batches = journalEnd.Since(journalStart);
        var view = await rate.Get();
        var (rows, transactions) = await JournalWrites(database, rateCell);
        var rateOk = load.Errors == 0 && load.Refused == 0 && view.Reserved == load.AcceptedOverall && rows == load.AcceptedOverall && view.Reserved <= view.OnHand;
        correct &= rateOk;
        Console.WriteLine($"[cluster]  rate: {load.Rate:N0} reservations/s ({load.Accepted:N0} in {load.Window.TotalSeconds:0.00} s), " +
            $"latency p50 {Ms(load.Percentile(50))} ms, p99 {Ms(load.Percentile(99))} ms, max {Ms(load.Percentile(100))} ms");
        Console.WriteLine($"           journal writes in the window: {batches.Writes:N0}, {batches.AverageBatch:N1} reservations per write on average, largest {batches.Largest:N0}, " +
            $"{Ms(batches.AverageWrite)} ms per write (commit included)");
        Console.WriteLine($"           whole run incl. warm-up: {load.AcceptedOverall:N0} accepted = journal rows {rows:N0} in {transactions:N0} transactions = ledger reserved {view.Reserved:N0} " +
            $"(on hand {view.OnHand:N0}), errors {load.Errors}  {Verdict(rateOk)}");
        Console.WriteLine($"           CPU in the window: {use}; per reservation: {PerReservation(use, load.Rate)}");
        Console.WriteLine($"           this process allocated {(load.Accepted > 0 ? use.AllocatedBytes / load.Accepted : 0):N0} bytes per reservation; GCs: {use.Gen0Collections} gen0, {use.Gen2Collections} gen2");
        ReportError(load);
        Console.WriteLine();
        return new PathResult("cluster (stock cell grain, group commit)", load, use, correct);
    }

    private static async Task<PathResult> RowLockPath(HotCellOptions options, BenchDatabase database, CpuMeter cpu)
    {
        await database.Execute(RowLockReserver.Schema);
        await database.Execute(string.Create(CultureInfo.InvariantCulture,
            $"insert into bench_stock values ('{CheckSku}', '{Warehouse}', {RowLockCheckStock}, 0), ('{RateSku}', '{Warehouse}', {RateStock}, 0)"));
        var builder = new NpgsqlDataSourceBuilder(database.ConnectionString);
        builder.ConnectionStringBuilder.MaxPoolSize = options.Concurrency + 2;
        await using var dataSource = builder.Build();

        var check = await ClosedLoop.ForCount(options.Concurrency, RowLockCheckRequests, "jd:bench:c", _ => RowLockReserver.Open(dataSource, CheckSku, Warehouse));
        var (checkReserved, checkRows) = await RowLockState(database, CheckSku);
        var checkOk = check.Accepted == RowLockCheckStock && check.Refused == RowLockCheckRequests - RowLockCheckStock && check.Errors == 0
            && checkReserved == RowLockCheckStock && checkRows == RowLockCheckStock;
        Console.WriteLine($"[row lock] check: {RowLockCheckRequests:N0} requests for {RowLockCheckStock:N0} units in {check.Window.TotalSeconds:0.0} s: " +
            $"accepted {check.Accepted:N0}, refused {check.Refused:N0}, errors {check.Errors}; reserved {checkReserved:N0}, reservation rows {checkRows:N0}  {Verdict(checkOk)}");
        ReportError(check);

        CpuMeter.Snapshot cpuStart = default, cpuEnd = default;
        var load = await ClosedLoop.ForDuration(
            options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.Seconds), "jd:bench:r",
            _ => RowLockReserver.Open(dataSource, RateSku, Warehouse),
            () => cpuStart = cpu.Take(),
            () => cpuEnd = cpu.Take());
        var use = CpuMeter.Between(cpuStart, cpuEnd);
        var (reserved, rows) = await RowLockState(database, RateSku);
        var rateOk = load.Errors == 0 && load.Refused == 0 && reserved == load.AcceptedOverall && rows == load.AcceptedOverall && reserved <= RateStock;
        Console.WriteLine($"[row lock] rate: {load.Rate:N0} reservations/s ({load.Accepted:N0} in {load.Window.TotalSeconds:0.00} s), " +
            $"latency p50 {Ms(load.Percentile(50))} ms, p99 {Ms(load.Percentile(99))} ms, max {Ms(load.Percentile(100))} ms");
        Console.WriteLine($"           whole run incl. warm-up: {load.AcceptedOverall:N0} accepted = reservation rows {rows:N0} = reserved {reserved:N0}, errors {load.Errors}  {Verdict(rateOk)}");
        Console.WriteLine($"           CPU in the window: {use}; per reservation: {PerReservation(use, load.Rate)}");
        Console.WriteLine($"           this process allocated {(load.Accepted > 0 ? use.AllocatedBytes / load.Accepted : 0):N0} bytes per reservation; GCs: {use.Gen0Collections} gen0, {use.Gen2Collections} gen2");
        ReportError(load);
        Console.WriteLine();
        return new PathResult("row lock (one transaction per reservation)", load, use, checkOk && rateOk);
    }

    private static int Summarize(PathResult? cluster, PathResult? rowLock)
    {
        Console.WriteLine($"{"path",-44} {"reservations/s",15} {"p50 ms",8} {"p99 ms",8}");
        foreach (var path in new[] { cluster, rowLock }.OfType<PathResult>())
        {
            Console.WriteLine($"{path.Name,-44} {path.Load.Rate,15:N0} {Ms(path.Load.Percentile(50)),8} {Ms(path.Load.Percentile(99)),8}");
        }

        if (cluster is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"target  cluster >= {RateTarget:N0} durable reservations/s on one cell: {Verdict(cluster.Load.Rate >= RateTarget)} ({cluster.Load.Rate:N0}/s)");
        }

        if (cluster is not null && rowLock is not null)
        {
            var ratio = rowLock.Load.Rate > 0 ? cluster.Load.Rate / rowLock.Load.Rate : double.PositiveInfinity;
            Console.WriteLine($"target  cluster >= {RatioTarget:N0}x the row-lock path at the same concurrency: {Verdict(ratio >= RatioTarget)} ({ratio:N1}x)");
        }

        var correct = (cluster?.Correct ?? true) && (rowLock?.Correct ?? true);
        Console.WriteLine($"check   no oversell, exact counts on every path run: {Verdict(correct)}");
        return correct ? 0 : 1;
    }

    private static async Task<(long Rows, long Transactions)> JournalWrites(BenchDatabase database, string cell)
    {
        // Each journal write is one transaction, so distinct xmin values count the writes independently of the metric.
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("select count(*), count(distinct xmin::text) from stock_cell_journal where cell = $1 and op = 2", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = cell });
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<(long Reserved, long Rows)> RowLockState(BenchDatabase database, string sku) =>
        (await database.Scalar<long>("select reserved from bench_stock where sku = $1", sku),
         await database.Scalar<long>("select count(*) from bench_reservation where sku = $1", sku));

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{what} failed.");
        }
    }

    private static void ReportError(LoadResult result)
    {
        if (result.FirstError is { } error)
        {
            Console.WriteLine($"           first error: {error.GetType().Name}: {error.Message}");
        }
    }

    private static string PerReservation(CpuUse use, double rate) =>
        rate <= 0
            ? "n/a"
            : string.Create(CultureInfo.InvariantCulture,
                $"this process {use.Process / rate * 1e6:0.0} µs, PostgreSQL {(use.Postgres is { } pg ? (pg / rate * 1e6).ToString("0.0", CultureInfo.InvariantCulture) : "n/a")} µs");

    private static string Verdict(bool ok) => ok ? "PASS" : "FAIL";

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "unknown CPU" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    private static long MemoryBytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    private static double Gib(long bytes) => bytes / (1024.0 * 1024 * 1024);
}
