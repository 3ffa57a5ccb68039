using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.Grains.Analytics;

namespace OrderActors.Grains.Tracking;

/// <summary>
/// The periodic check of orders in flight, for the whole cluster: takes the orders whose check is due from the
/// search projection (moving their next check on in the same statement) and asks each tracking grain to compare
/// itself with its order. One reminder in all, instead of a reminder row and a silo timer per order in flight.
/// </summary>
internal sealed partial class TrackingSweepGrain(
    StatusEventStore projection,
    IOptions<TrackingOptions> options,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<TrackingSweepGrain> logger) : Grain, ITrackingSweepGrain, IRemindable
{
    private const string Reminder = "tracking-sweep";

    async Task<int> ITrackingSweepGrain.Sweep()
    {
        var o = options.Value;
        var checkedCount = 0;
        var failed = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await projection.TakeDueChecks(now, now + o.ConfirmEvery, o.SweepPage);
            foreach (var chunk in due.Chunk(o.SweepParallelism))
            {
                var checks = chunk.Select(id => GrainFactory.GetGrain<ITrackingGrain>(id).Check()).ToArray();
                try
                {
                    await Task.WhenAll(checks);
                }
                catch (Exception ex)
                {
                    // Their next check is already set: a failed one is tried again then, the rest of the sweep goes on.
                    failed += checks.Count(c => c.IsFaulted);
                    LogCheckFailed(ex);
                }
            }

            checkedCount += due.Count;
            if (due.Count < o.SweepPage)
            {
                break;
            }
        }

        if (checkedCount > 0)
        {
            LogSwept(checkedCount, failed);
        }

        return checkedCount;
    }

    async Task ITrackingSweepGrain.EnsureScheduled() =>
        await this.RegisterOrUpdateReminder(Reminder, options.Value.SweepEvery, options.Value.SweepEvery);

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == Reminder)
        {
            await ((ITrackingSweepGrain)this).Sweep();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tracking sweep: {Checked} orders in flight checked against their orders, {Failed} failed (due again later)")]
    private partial void LogSwept(int @checked, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracking sweep: a check failed")]
    private partial void LogCheckFailed(Exception ex);
}
