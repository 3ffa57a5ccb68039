using Microsoft.Extensions.DependencyInjection;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains.ReadModel;

namespace OrderActors.Grains.Inventory;

/// <summary>
/// Asks every stock cell for its reservations and every holder whether it still needs them; what
/// no order needs (cancelled, shipped, re-routed elsewhere, or never recorded after a crash) is
/// released and reported. Reservations younger than the grace period are not touched.
/// </summary>
internal sealed partial class ReservationReconcilerGrain(
    [PersistentState("reconciler", OrleansNames.GrainStorage)] IPersistentState<ReconcilerState> state,
    ReadModelStore readModel,
    IOptions<ReconcilerOptions> options,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<ReservationReconcilerGrain> logger) : Grain, IReservationReconcilerGrain, IRemindable
{
    private const string Reminder = "reconcile";

    async Task<ReconciliationReport> IReservationReconcilerGrain.Run()
    {
        var started = time.GetUtcNow();
        var cutoff = started - options.Value.Grace;
        var cells = await readModel.CellsWithReservations();
        var released = ImmutableArray.CreateBuilder<ReleasedReservation>();
        var checkedCount = 0;
        var tooRecent = 0;
        foreach (var key in cells)
        {
            var cell = GrainFactory.GetGrain<IStockCellGrain>(key);
            var stockKey = StockCellKey.Parse(key);
            foreach (var reservation in await cell.OpenReservations())
            {
                checkedCount++;
                if (reservation.ReservedAt > cutoff)
                {
                    tooRecent++;
                    continue;
                }

                var order = GrainFactory.GetGrain<IOrderGrain>(reservation.OrderId);
                if (await order.NeedsReservation(stockKey.Warehouse, stockKey.Sku))
                {
                    continue;
                }

                var view = await order.Get();
                var why = view is null ? "the order was never recorded" : $"the order is {view.Status} and holds no stock here";
                var result = await cell.Release(reservation.OrderId);
                if (result.Change == StockChange.Applied)
                {
                    released.Add(new ReleasedReservation(key, reservation.OrderId, reservation.Quantity, why));
                }
            }
        }

        var report = new ReconciliationReport(started, time.GetUtcNow(), cells.Length, checkedCount, released.ToImmutable(), tooRecent);
        await readModel.SaveReconciliation(report);
        state.State.Last = report;
        await state.WriteStateAsync();
        LogRun(cells.Length, checkedCount, report.Released.Length);
        return report;
    }

    // ReadOnly: returns the stored report without changing anything.
    [Orleans.Concurrency.ReadOnly]
    Task<ReconciliationReport?> IReservationReconcilerGrain.LastReport() => Task.FromResult(state.State.Last);

    async Task IReservationReconcilerGrain.EnsureScheduled() =>
        await this.RegisterOrUpdateReminder(Reminder, options.Value.Interval, options.Value.Interval);

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == Reminder)
        {
            await ((IReservationReconcilerGrain)this).Run();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reservation reconciliation: {Cells} cells, {Reservations} reservations checked, {Released} released")]
    private partial void LogRun(int cells, int reservations, int released);
}
