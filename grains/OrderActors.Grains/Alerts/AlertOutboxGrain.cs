using Microsoft.Extensions.Logging;
using OrderActors.GrainInterfaces;

namespace OrderActors.Grains.Alerts;

/// <summary>
/// Stores alerts, then delivers them on a grain timer, one at a time, oldest first. Undelivered alerts
/// keep a reminder alive so a silo loss only delays them. An alert counts as delivered when any
/// notifier took it (or none is configured: then it is logged and dropped, as nobody could be told).
/// </summary>
internal sealed partial class AlertOutboxGrain(
    [PersistentState("alerts", OrleansNames.GrainStorage)] IPersistentState<AlertOutboxState> state,
    AlertDispatcher dispatcher,
    ILogger<AlertOutboxGrain> logger) : Grain, IAlertOutboxGrain, IRemindable
{
    private const string RetryReminder = "alert-retry";
    private const int RecentlyKept = 200;
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(1);

    private IGrainTimer? _timer;
    private bool _delivering;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Pending.Count > 0)
        {
            Kick(TimeSpan.Zero);
        }

        return base.OnActivateAsync(cancellationToken);
    }

    async Task IAlertOutboxGrain.Enqueue(PendingAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (state.State.Pending.Any(p => p.IdempotencyId == alert.IdempotencyId) || state.State.RecentlySent.Contains(alert.IdempotencyId))
        {
            return;
        }

        state.State.Pending.Add(alert);
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(RetryReminder, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5));
        Kick(TimeSpan.Zero);
    }

    Task<IReadOnlyList<PendingAlert>> IAlertOutboxGrain.Pending() => Task.FromResult<IReadOnlyList<PendingAlert>>([.. state.State.Pending]);

    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        Kick(TimeSpan.Zero);
        return Task.CompletedTask;
    }

    private void Kick(TimeSpan due)
    {
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(Deliver, new GrainTimerCreationOptions { DueTime = due, Period = RetryEvery, Interleave = false });
    }

    private async Task Deliver(CancellationToken cancellationToken)
    {
        if (_delivering)
        {
            return;
        }

        _delivering = true;
        try
        {
            while (state.State.Pending.Count > 0 && !cancellationToken.IsCancellationRequested)
            {
                var next = state.State.Pending[0];
                var result = await dispatcher.DispatchAsync(next.ToAlert(), cancellationToken);
                if (!result.AnyDelivered && !result.NoNotifiers)
                {
                    var error = string.Join("; ", result.Outcomes.Select(o => $"{o.Notifier}: {o.Error}"));
                    state.State.Pending[0] = next with { Attempts = next.Attempts + 1, LastError = error };
                    await state.WriteStateAsync(cancellationToken);
                    LogUndelivered(next.IdempotencyId, next.Attempts + 1, error);
                    return;
                }

                if (result.NoNotifiers)
                {
                    LogNobodyToTell(next.Kind, next.Source, next.Subject);
                }

                state.State.Pending.RemoveAt(0);
                state.State.RecentlySent.Add(next.IdempotencyId);
                if (state.State.RecentlySent.Count > RecentlyKept)
                {
                    state.State.RecentlySent.RemoveRange(0, state.State.RecentlySent.Count - RecentlyKept);
                }

                await state.WriteStateAsync(cancellationToken);
            }

            if (state.State.Pending.Count == 0)
            {
                _timer?.Dispose();
                _timer = null;
                if (await this.GetReminder(RetryReminder) is { } reminder)
                {
                    await this.UnregisterReminder(reminder);
                }
            }
        }
        finally
        {
            _delivering = false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertId} not delivered yet (attempt {Attempts}): {Error}")]
    private partial void LogUndelivered(string alertId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No alert notifier is configured; {Kind} alert for {Source} only logged: {Subject}")]
    private partial void LogNobodyToTell(AlertKind kind, string source, string subject);
}
