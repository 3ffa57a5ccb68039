using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using HdrHistogram;

namespace OrderActors.LoadTest;

/// <summary>
/// Open-model load: operations start on a schedule computed from the profile's target rate (intended
/// start times), whether or not earlier ones have been answered. Latency is measured from the intended
/// start, so a stalled system shows up in the percentiles instead of quietly slowing the load down
/// (coordinated omission). At most <see cref="LoadProfile.MaxInFlight"/> requests are in flight; an
/// operation that waits for a slot still counts its wait.
/// </summary>
public sealed class LoadEngine(ILoadTarget target, LoadProfile profile, LoadCatalog catalog, TextWriter? progress = null)
{
    public const string SubmitOp = "submit";
    public const string StatusOp = "status";
    public const string TrackingOp = "tracking";
    public const string StockAdjustOp = "stockAdjust";
    public const string BurstSubmitOp = "channelBurst";

    private readonly Dictionary<string, OperationStats> _stats = new[] { SubmitOp, StatusOp, TrackingOp, StockAdjustOp, BurstSubmitOp }
        .ToDictionary(n => n, n => new OperationStats(n));

    private readonly ConcurrentDictionary<string, SubmittedOrder> _orders = new();
    private readonly List<string> _placed = [];
    private readonly Lock _placedLock = new();
    private readonly SemaphoreSlim _slots = new(profile.MaxInFlight);
    private readonly CancellationTokenSource _abort = new();
    private long _inFlight;
    private long _started;

    /// <summary>Runs the profile to its end, waits for the answers (at most <paramref name="drain"/>), and returns what happened.</summary>
    public async Task<LoadRunResult> Run(TimeSpan drain, CancellationToken cancellationToken)
    {
        var timeline = new List<TimelineSample>();
        var startedAt = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();
        var total = profile.TotalSeconds;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ticker = Tick(start, timeline, stop.Token);

        var random = new Random(catalog.RunId.GetHashCode(StringComparison.Ordinal));
        var bursts = new Queue<ChannelBurst>(profile.Bursts.OrderBy(b => b.AtSecond));
        var next = 0.0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (now >= total)
            {
                break;
            }

            while (next <= now && next < total)
            {
                var rate = profile.RateAt(next);
                if (rate <= 0)
                {
                    next += 0.001;
                    continue;
                }

                Dispatch(PickOperation(random), random, start, next);
                next += 1.0 / rate;
            }

            while (bursts.Count > 0 && bursts.Peek().AtSecond <= now)
            {
                var burst = bursts.Dequeue();
                for (var i = 0; i < burst.Orders; i++)
                {
                    var order = catalog.NextOrder(random, burst.Channel);
                    Dispatch(BurstSubmitOp, start, burst.AtSecond, ct => SubmitOrder(order, ct));
                }
            }

            await Task.Delay(1, CancellationToken.None);
        }

        var sent = Stopwatch.GetElapsedTime(start);
        var drainUntil = Stopwatch.GetTimestamp() + (long)(drain.TotalSeconds * Stopwatch.Frequency);
        while (Interlocked.Read(ref _inFlight) > 0 && Stopwatch.GetTimestamp() < drainUntil)
        {
            await Task.Delay(50, CancellationToken.None);
        }

        // What is still waiting for a slot is not sent any more, what is in flight is cancelled; both count as errors.
        await _abort.CancelAsync();
        while (Interlocked.Read(ref _inFlight) > 0)
        {
            await Task.Delay(50, CancellationToken.None);
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        await stop.CancelAsync();
        await ticker;
        foreach (var stats in _stats.Values)
        {
            stats.TakeInterval();
        }

        var unanswered = _stats.Values.Sum(s => s.Outcomes.Where(o => o.Key is "unsent" or "cancelled").Sum(o => o.Value));
        return new LoadRunResult(startedAt, sent, elapsed, Interlocked.Read(ref _started), unanswered, [.. _stats.Values], timeline, _orders);
    }

    private string PickOperation(Random random)
    {
        var mix = profile.Mix;
        var x = random.NextDouble() * mix.Total;
        if ((x -= mix.Submit) < 0)
        {
            return SubmitOp;
        }

        if ((x -= mix.Status) < 0)
        {
            return StatusOp;
        }

        return x - mix.Tracking < 0 ? TrackingOp : StockAdjustOp;
    }

    private void Dispatch(string operation, Random random, long start, double intendedSecond)
    {
        string? placed = null;
        if (operation is StatusOp or TrackingOp)
        {
            lock (_placedLock)
            {
                placed = _placed.Count > 0 ? _placed[random.Next(_placed.Count)] : null;
            }

            // Nothing placed yet to read: the slot goes to a submit.
            operation = placed is null ? SubmitOp : operation;
        }

        switch (operation)
        {
            case SubmitOp:
                var order = catalog.NextOrder(random);
                Dispatch(operation, start, intendedSecond, ct => SubmitOrder(order, ct));
                break;
            case StatusOp:
                Dispatch(operation, start, intendedSecond, ct => target.GetStatus(placed!, ct));
                break;
            case TrackingOp:
                Dispatch(operation, start, intendedSecond, ct => target.GetTracking(placed!, ct));
                break;
            default:
                var sku = catalog.NextSku(random);
                var warehouse = catalog.NextWarehouse(random);
                var received = random.Next(1, 50);
                Dispatch(operation, start, intendedSecond, ct => target.AdjustStock(sku, warehouse, received, ct));
                break;
        }
    }

    private void Dispatch(string operation, long start, double intendedSecond, Func<CancellationToken, Task<OperationOutcome>> call)
    {
        var intended = start + (long)(intendedSecond * Stopwatch.Frequency);
        Interlocked.Increment(ref _inFlight);
        Interlocked.Increment(ref _started);
        _ = Task.Run(() => Execute(_stats[operation], intended, call));
    }

    private async Task Execute(OperationStats stats, long intended, Func<CancellationToken, Task<OperationOutcome>> call)
    {
        var sent = Stopwatch.GetTimestamp();
        OperationOutcome outcome;
        try
        {
            await _slots.WaitAsync(_abort.Token);
        }
        catch (OperationCanceledException)
        {
            stats.Record(Micros(Stopwatch.GetTimestamp() - intended), 0, "unsent", isError: true);
            Interlocked.Decrement(ref _inFlight);
            return;
        }

        try
        {
            sent = Stopwatch.GetTimestamp();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            outcome = await call(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            outcome = new OperationOutcome(_abort.IsCancellationRequested ? "cancelled" : "timeout");
        }
#pragma warning disable CA1031 // Any failure of one request is counted by kind; the run goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            outcome = new OperationOutcome("exception:" + (e.InnerException ?? e).GetType().Name);
        }
        finally
        {
            _slots.Release();
        }

        var done = Stopwatch.GetTimestamp();
        stats.Record(Micros(done - intended), Micros(done - sent), outcome.Kind, outcome.IsError);
        Interlocked.Decrement(ref _inFlight);
    }

    private async Task<OperationOutcome> SubmitOrder(LoadOrder order, CancellationToken cancellationToken)
    {
        _orders[order.OrderId] = new SubmittedOrder(order, "error:unanswered", false, false);
        try
        {
            var outcome = await target.Submit(order, cancellationToken);
            _orders[order.OrderId] = new SubmittedOrder(order, outcome.Kind, outcome.Accepted, outcome.Backordered);
            if (outcome.Accepted)
            {
                lock (_placedLock)
                {
                    _placed.Add(order.OrderId);
                }
            }

            return outcome;
        }
        catch (Exception e)
        {
            // The answer was lost, not necessarily the order: the audit finds out which.
            _orders[order.OrderId] = new SubmittedOrder(order, "error:" + e.GetType().Name, false, false);
            throw;
        }
    }

    private async Task Tick(long start, List<TimelineSample> timeline, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var lastCount = 0L;
        var lastErrors = 0L;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var second = Stopwatch.GetElapsedTime(start).TotalSeconds;
                var intervals = _stats.Values.ToDictionary(s => s.Name, s => s.TakeInterval());
                var merged = new LongHistogram(10L * 60 * 1_000_000, 3);
                foreach (var h in intervals.Values)
                {
                    merged.Add(h);
                }

                var count = _stats.Values.Sum(s => s.Latency.TotalCount);
                var errors = _stats.Values.Sum(s => s.Errors);
                var sample = new TimelineSample(
                    Math.Round(second, 1),
                    Math.Round(profile.RateAt(second - 0.5), 1),
                    count - lastCount,
                    errors - lastErrors,
                    Interlocked.Read(ref _inFlight),
                    Ms(merged, 50),
                    Ms(merged, 99),
                    merged.TotalCount > 0 ? Math.Round(merged.GetMaxValue() / 1000.0, 2) : 0,
                    intervals.Where(i => i.Value.TotalCount > 0).ToDictionary(i => i.Key, i => Ms(i.Value, 99)));
                timeline.Add(sample);
                lastCount = count;
                lastErrors = errors;
                progress?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{sample.Second,6:F1}s] target {sample.TargetRate,8:F0}/s  done {sample.Completed,7}/s  errors {sample.Errors,5}  in flight {sample.InFlight,6}  p50 {sample.P50Ms,8:F1} ms  p99 {sample.P99Ms,8:F1} ms"));
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static double Ms(HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? 0 : Math.Round(histogram.GetValueAtPercentile(percentile) / 1000.0, 2);

    private static long Micros(long ticks) => ticks * 1_000_000 / Stopwatch.Frequency;
}

/// <summary>An order the run submitted and what the answer said (<see cref="Outcome"/> "error:…" when no answer came).</summary>
public sealed record SubmittedOrder(LoadOrder Order, string Outcome, bool Accepted, bool Backordered);

/// <summary>One second of the run: target and achieved rate, errors, in flight, latency percentiles (all operations, and p99 by operation).</summary>
public sealed record TimelineSample(
    double Second, double TargetRate, long Completed, long Errors, long InFlight, double P50Ms, double P99Ms, double MaxMs, IReadOnlyDictionary<string, double> P99MsByOperation);

public sealed record LoadRunResult(
    DateTimeOffset StartedAt,
    TimeSpan Sending,
    TimeSpan Elapsed,
    long Started,
    long Unanswered,
    IReadOnlyList<OperationStats> Operations,
    IReadOnlyList<TimelineSample> Timeline,
    IReadOnlyDictionary<string, SubmittedOrder> Orders);
