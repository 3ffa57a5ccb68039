using System.Collections.Concurrent;
using Npgsql;

namespace OrderActors.LoadTest;

/// <summary>
/// The correctness audit after a run, against PostgreSQL (the stock journal, the grain state table) and
/// the grains (orders and stock cells as the cluster holds them), for the run's own orders and cells:
/// accepted orders are stored; no cell is oversold at any point of its journal; each cell's reserved
/// stock is the sum of its live reservations; no reservation without a live order; every accepted
/// order allocated or explicitly backordered. The load tool and the smoke test share it.
/// </summary>
public sealed class LoadAudit(string connectionString, ILoadTarget grains)
{
    private static readonly HashSet<string> Allocated = ["Allocated", "Outbound", "Shipped", "Delivered", "Completed"];

    /// <summary>Orders read back in parallel.</summary>
    public int Parallelism { get; init; } = 32;

    public async Task<AuditResult> Run(LoadCatalog catalog, IReadOnlyDictionary<string, SubmittedOrder> submitted, CancellationToken cancellationToken)
    {
        var checks = new List<AuditCheck>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await WaitUntilQuiet(connection, catalog, cancellationToken);

        // 1. Accepted orders are stored: each has its row in the grain state table, and the order grain knows it.
        var accepted = submitted.Values.Where(o => o.Accepted).Select(o => o.Order.OrderId).ToHashSet();
        var stored = await StoredOrders(connection, catalog, cancellationToken);
        var missing = accepted.Where(id => !stored.Contains(id)).ToList();
        var unknown = stored.Where(id => !submitted.ContainsKey(id)).ToList();
        checks.Add(new AuditCheck(
            "accepted orders are stored",
            missing.Count == 0 && unknown.Count == 0,
            $"{accepted.Count} accepted, {stored.Count} stored for the run ({stored.Count - stored.Count(accepted.Contains)} of them refused or unanswered and recorded); missing {missing.Count}, stored but never submitted {unknown.Count}",
            [.. missing.Concat(unknown).Take(10)]));

        // Read every order that may hold stock: accepted ones, and those whose answer was lost.
        var toRead = submitted.Values.Where(o => o.Accepted || o.Outcome.StartsWith("error:", StringComparison.Ordinal) || stored.Contains(o.Order.OrderId))
            .Select(o => o.Order.OrderId).ToList();
        var orders = new ConcurrentDictionary<string, AuditOrder?>();
        await Parallel.ForEachAsync(toRead, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (id, ct) => orders[id] = await grains.ReadOrder(id, ct));

        var notInGrains = accepted.Where(id => orders.GetValueOrDefault(id) is null).ToList();
        checks.Add(new AuditCheck("accepted orders are known to the order grains", notInGrains.Count == 0,
            $"{accepted.Count - notInGrains.Count} of {accepted.Count} read back", [.. notInGrains.Take(10)]));

        // 2-3. Replay the journal of every cell of the run.
        var journal = await ReplayJournal(connection, catalog, cancellationToken);
        var oversold = journal.Values.Where(c => c.OversoldAt is not null).ToList();
        checks.Add(new AuditCheck("no SKU oversold in any warehouse", oversold.Count == 0,
            $"{journal.Count} cells, {journal.Values.Sum(c => c.Entries)} journal entries replayed; reserved never above on hand: {(oversold.Count == 0 ? "held" : $"broken in {oversold.Count} cells")}",
            [.. oversold.Take(10).Select(c => $"{c.Cell} at seq {c.OversoldAt}")]));

        var cellMismatches = new ConcurrentBag<string>();
        var cells = catalog.Skus.SelectMany(s => catalog.Warehouses.Select(w => (Sku: s, Warehouse: w))).ToList();
        await Parallel.ForEachAsync(cells, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (c, ct) =>
        {
            var view = await grains.ReadCell(c.Sku, c.Warehouse, ct);
            var replayed = journal.GetValueOrDefault($"{c.Sku}@{c.Warehouse}") ?? new CellReplay($"{c.Sku}@{c.Warehouse}");
            if (view.Reserved != replayed.Reserved || view.OpenReservations != replayed.Reservations.Count || view.OnHand != replayed.OnHand)
            {
                cellMismatches.Add($"{replayed.Cell}: grain on hand {view.OnHand} reserved {view.Reserved} ({view.OpenReservations} open), journal on hand {replayed.OnHand} reserved {replayed.Reserved} ({replayed.Reservations.Count} open)");
            }
        });
        checks.Add(new AuditCheck("reserved stock = the sum of live reservations", cellMismatches.IsEmpty,
            $"{cells.Count} cells: grain state against journal replay; {journal.Values.Sum(c => c.Reserved)} units reserved in {journal.Values.Sum(c => c.Reservations.Count)} live reservations",
            [.. cellMismatches.Take(10)]));

        // 4. No reservation without an order: every live reservation belongs to a live order that holds it.
        var orphans = new List<string>();
        foreach (var cell in journal.Values)
        {
            foreach (var (orderId, quantity) in cell.Reservations)
            {
                var order = orders.GetValueOrDefault(orderId) ?? (submitted.ContainsKey(orderId) ? null : await grains.ReadOrder(orderId, cancellationToken));
                var holds = order is not null && order.Status != "Cancelled"
                    && order.Reservations.Any(r => $"{r.Sku}@{r.Warehouse}" == cell.Cell && r.Quantity == quantity);
                if (!holds)
                {
                    orphans.Add($"{cell.Cell} holds {quantity} for {orderId} ({order?.Status ?? "no order"})");
                }
            }
        }

        checks.Add(new AuditCheck("no reservation without an order", orphans.Count == 0,
            $"{journal.Values.Sum(c => c.Reservations.Count)} live reservations checked against their orders", [.. orphans.Take(10)]));

        // 5. Every accepted order allocated (with its stock reserved in the journal) or explicitly backordered.
        var unallocated = new List<string>();
        var backordered = 0;
        foreach (var id in accepted)
        {
            var order = orders.GetValueOrDefault(id);
            if (order is null)
            {
                continue; // already reported above
            }

            if (order.Backordered)
            {
                backordered++;
                continue;
            }

            var reserved = order.Reservations.All(r => journal.TryGetValue($"{r.Sku}@{r.Warehouse}", out var c) && c.Reservations.GetValueOrDefault(id) == r.Quantity);
            if (!Allocated.Contains(order.Status) || order.Reservations.Count == 0 || !reserved)
            {
                unallocated.Add($"{id}: {order.Status}, {order.Reservations.Count} reservations{(reserved ? "" : ", not all in the journal")}");
            }
        }

        checks.Add(new AuditCheck("every accepted order allocated or explicitly backordered", unallocated.Count == 0,
            $"{accepted.Count - backordered - unallocated.Count} allocated with their stock reserved, {backordered} backordered, {unallocated.Count} neither",
            [.. unallocated.Take(10)]));

        return new AuditResult(checks.TrueForAll(c => c.Passed), checks);
    }

    /// <summary>
    /// Requests the load gave up on may still be working in the cluster; audit once the run's stock journal
    /// has not grown for three seconds (at most two minutes), so the audit sees a system at rest.
    /// </summary>
    private static async Task WaitUntilQuiet(NpgsqlConnection connection, LoadCatalog catalog, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select count(*) from stock_cell_journal where cell like @prefix", connection);
        command.Parameters.AddWithValue("prefix", catalog.SkuPrefix + "%");
        var last = -1L;
        var quiet = 0;
        for (var i = 0; i < 120 && quiet < 3; i++)
        {
            var rows = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            quiet = rows == last ? quiet + 1 : 0;
            last = rows;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static async Task<HashSet<string>> StoredOrders(NpgsqlConnection connection, LoadCatalog catalog, CancellationToken cancellationToken)
    {
        // Order grains are keyed by order id ({channel}:{shop}:{id}); the run id is in every id of the run.
        await using var command = new NpgsqlCommand(
            "select order_id from order_state where order_id like @pattern", connection);
        command.Parameters.AddWithValue("pattern", $"%:{LoadCatalog.Shop}:{catalog.RunId}-%");
        var ids = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<Dictionary<string, CellReplay>> ReplayJournal(NpgsqlConnection connection, LoadCatalog catalog, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "select cell, seq, op, order_id, quantity from stock_cell_journal where cell like @prefix order by cell, seq", connection);
        command.Parameters.AddWithValue("prefix", catalog.SkuPrefix + "%");
        var cells = new Dictionary<string, CellReplay>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            if (!cells.TryGetValue(key, out var cell))
            {
                cells[key] = cell = new CellReplay(key);
            }

            cell.Apply(reader.GetInt64(1), reader.GetInt16(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4));
        }

        return cells;
    }

    /// <summary>A stock cell rebuilt from its journal, as the grain rebuilds itself on activation, checking at every step.</summary>
    private sealed class CellReplay(string cell)
    {
        public string Cell { get; } = cell;

        public int OnHand { get; private set; }

        public Dictionary<string, int> Reservations { get; } = [];

        public int Reserved { get; private set; }

        public long Entries { get; private set; }

        public long? OversoldAt { get; private set; }

        public void Apply(long seq, short op, string? orderId, int quantity)
        {
            Entries++;
            switch (op)
            {
                case 1: // set stock
                    OnHand = quantity;
                    break;
                case 2: // reserve
                    Reservations[orderId!] = Reservations.GetValueOrDefault(orderId!) + quantity;
                    Reserved += quantity;
                    break;
                case 3: // release
                    Reserved -= Reservations.GetValueOrDefault(orderId!);
                    Reservations.Remove(orderId!);
                    break;
                case 4: // deduct: the reserved units leave on-hand stock
                    var units = Reservations.GetValueOrDefault(orderId!);
                    Reserved -= units;
                    OnHand -= units;
                    Reservations.Remove(orderId!);
                    break;
                default: // freeze, unfreeze: no units move
                    break;
            }

            if (Reserved > OnHand || OnHand < 0)
            {
                OversoldAt ??= seq;
            }
        }
    }
}

/// <summary>The audit: passed only when every check passed.</summary>
public sealed record AuditResult(bool Passed, IReadOnlyList<AuditCheck> Checks);

/// <param name="Examples">Up to ten offending orders or cells.</param>
public sealed record AuditCheck(string Name, bool Passed, string Detail, IReadOnlyList<string> Examples);
