using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace OrderActors.Grains.Alerts;

/// <summary>
/// Sends an alert to every configured notifier, each on its own: one that fails or hangs does not
/// hold back or stop the others. A transient failure is retried (<see cref="AlertOptions.DeliveryAttempts"/>
/// attempts in all) after an exponential delay with jitter, so silos that hit the same outage do not
/// retry in lock step; a permanent one (bad credentials, 4xx) is not. Every alert is also logged, so
/// a silo without notifiers still leaves a trace. Never logs a secret: only notifier names, the
/// alert's kind, source, subject and id, and failure messages (which notifiers keep free of secrets).
/// </summary>
public sealed partial class AlertDispatcher
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    private readonly ImmutableArray<IAlertNotifier> _notifiers;
    private readonly int _attempts;
    private readonly TimeSpan _retryDelay;
    private readonly TimeProvider _time;
    private readonly ILogger<AlertDispatcher> _logger;

    public AlertDispatcher(IEnumerable<IAlertNotifier> notifiers, AlertOptions options, TimeProvider time, ILogger<AlertDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(notifiers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DeliveryAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RetryDelay, TimeSpan.Zero);
        _notifiers = [.. notifiers];
        _attempts = options.DeliveryAttempts;
        _retryDelay = options.RetryDelay;
        _time = time;
        _logger = logger;
        if (_notifiers.IsEmpty)
        {
            LogNoNotifiers();
        }
    }

    /// <summary>The names of the notifiers every alert goes to.</summary>
    public IReadOnlyList<string> Notifiers => [.. _notifiers.Select(n => n.Name)];

    /// <summary>
    /// Delivers <paramref name="alert"/> through every notifier, in parallel, and reports how each fared.
    /// Does not throw for a failed delivery; only for cancellation by <paramref name="cancellationToken"/>.
    /// </summary>
    public async Task<AlertDispatchResult> DispatchAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        LogAlert(alert.Kind == AlertKind.ChannelRecovered ? LogLevel.Information : LogLevel.Warning, alert.Kind, alert.Source, alert.Subject, alert.IdempotencyId);
        // On the thread pool, not the caller's scheduler (a grain's): each notifier runs on its own, and
        // one that blocks cannot hold back the others.
        var outcomes = await Task.WhenAll(_notifiers.Select(n => Task.Run(() => DeliverAsync(n, alert, cancellationToken), CancellationToken.None)))
            .ConfigureAwait(false);
        return new AlertDispatchResult(alert, [.. outcomes]);
    }

    private async Task<AlertDeliveryOutcome> DeliverAsync(IAlertNotifier notifier, Alert alert, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await notifier.SendAsync(alert, cancellationToken).ConfigureAwait(false);
                LogDelivered(alert.IdempotencyId, notifier.Name, attempt);
                return new AlertDeliveryOutcome(notifier.Name, true, attempt, null);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (AlertDeliveryException ex) when (ex.Transient && attempt < _attempts)
            {
                var delay = RetryDelay(attempt, ex.RetryAfter);
                LogRetrying(alert.IdempotencyId, notifier.Name, attempt, _attempts, delay, ex.Message);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (AlertDeliveryException ex)
            {
                LogFailed(ex.InnerException, alert.IdempotencyId, notifier.Name, attempt, ex.Message);
                return new AlertDeliveryOutcome(notifier.Name, false, attempt, ex.Message);
            }
            catch (Exception ex)
            {
                // A notifier is meant to classify its failures; anything else is a bug, not worth retrying.
                LogFailed(ex, alert.IdempotencyId, notifier.Name, attempt, ex.GetType().Name);
                return new AlertDeliveryOutcome(notifier.Name, false, attempt, $"Unexpected {ex.GetType().Name} in the {notifier.Name} notifier.");
            }
        }
    }

    /// <summary>RetryDelay × 2^(attempt−1), scaled by a random factor between 0.5 and 1.5; at least what the receiver asked for; at most a minute.</summary>
    private TimeSpan RetryDelay(int attempt, TimeSpan? retryAfter)
    {
        var jittered = _retryDelay * Math.Pow(2, attempt - 1) * (0.5 + Random.Shared.NextDouble());
        var delay = retryAfter is { } asked && asked > jittered ? asked : jittered;
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No alert notifier is configured (OrderActors:Alerts:Smtp or :Webhook); alerts are only logged")]
    private partial void LogNoNotifiers();

    [LoggerMessage(Message = "Alert {Kind} from {Source}: {Subject} (alert {AlertId})")]
    private partial void LogAlert(LogLevel level, AlertKind kind, string source, string subject, string alertId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {AlertId} delivered by {Notifier} (attempt {Attempt})")]
    private partial void LogDelivered(string alertId, string notifier, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertId}: {Notifier} failed attempt {Attempt} of {Attempts}, retrying in {Delay}: {Error}")]
    private partial void LogRetrying(string alertId, string notifier, int attempt, int attempts, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert {AlertId} not delivered by {Notifier} after {Attempts} attempt(s): {Error}")]
    private partial void LogFailed(Exception? ex, string alertId, string notifier, int attempts, string error);
}
