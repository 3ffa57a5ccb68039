using System.Diagnostics;

namespace OrderActors.Benchmarks.Infrastructure;

/// <summary>
/// A closed-loop load: N workers, each with its own <see cref="IReserver"/>, each sending its next
/// request as soon as the previous one is answered, so at most N requests are in flight.
/// Every request carries a new order id.
/// </summary>
internal static class ClosedLoop
{
    private const int Warmup = 0;
    private const int Measuring = 1;
    private const int Stopped = 2;

    /// <summary>
    /// Runs for <paramref name="warmup"/> and then <paramref name="window"/>; the rate counts the
    /// requests answered inside the window (throughput as completions per second).
    /// </summary>
    /// <param name="windowStarted">Called as the measured window opens (to take counters and CPU readings).</param>
    /// <param name="windowEnded">Called as it closes, before the requests still in flight are awaited.</param>
    public static async Task<LoadResult> ForDuration(
        int concurrency, TimeSpan warmup, TimeSpan window, string idPrefix, Func<int, Task<IReserver>> open,
        Action? windowStarted = null, Action? windowEnded = null)
    {
        var phase = Warmup;
        long next = 0;
        var reservers = await OpenAll(concurrency, open);
        var workers = new Worker[concurrency];
        try
        {
            var tasks = new Task[concurrency];
            for (var i = 0; i < concurrency; i++)
            {
                var worker = workers[i] = new Worker(reservers[i]);
                tasks[i] = Task.Run(async () =>
                {
                    while (Volatile.Read(ref phase) != Stopped)
                    {
                        var id = Interlocked.Increment(ref next);
                        await worker.Call($"{idPrefix}{id}", () => Volatile.Read(ref phase) == Measuring);
                    }
                });
            }

            await Task.Delay(warmup);
            windowStarted?.Invoke();
            Volatile.Write(ref phase, Measuring);
            var start = Stopwatch.GetTimestamp();
            await Task.Delay(window);
            Volatile.Write(ref phase, Stopped);
            var elapsed = Stopwatch.GetElapsedTime(start);
            windowEnded?.Invoke();
            await Task.WhenAll(tasks);
            return Collect(workers, elapsed);
        }
        finally
        {
            await CloseAll(reservers);
        }
    }

    /// <summary>Sends exactly <paramref name="requests"/> requests through N workers and counts every answer.</summary>
    public static async Task<LoadResult> ForCount(int concurrency, int requests, string idPrefix, Func<int, Task<IReserver>> open)
    {
        long next = 0;
        var reservers = await OpenAll(concurrency, open);
        var workers = new Worker[concurrency];
        try
        {
            var start = Stopwatch.GetTimestamp();
            var tasks = new Task[concurrency];
            for (var i = 0; i < concurrency; i++)
            {
                var worker = workers[i] = new Worker(reservers[i]);
                tasks[i] = Task.Run(async () =>
                {
                    long id;
                    while ((id = Interlocked.Increment(ref next)) <= requests)
                    {
                        await worker.Call($"{idPrefix}{id}", static () => true);
                    }
                });
            }

            await Task.WhenAll(tasks);
            return Collect(workers, Stopwatch.GetElapsedTime(start));
        }
        finally
        {
            await CloseAll(reservers);
        }
    }

    private static async Task<IReserver[]> OpenAll(int concurrency, Func<int, Task<IReserver>> open)
    {
        var reservers = new IReserver[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            reservers[i] = await open(i);
        }

        return reservers;
    }

    private static async Task CloseAll(IReserver[] reservers)
    {
        foreach (var reserver in reservers)
        {
            if (reserver is not null)
            {
                await reserver.DisposeAsync();
            }
        }
    }

    private static LoadResult Collect(Worker[] workers, TimeSpan window)
    {
        var latencies = new long[workers.Sum(w => w.Latencies.Count)];
        var at = 0;
        foreach (var worker in workers)
        {
            worker.Latencies.CopyTo(latencies, at);
            at += worker.Latencies.Count;
        }

        Array.Sort(latencies);
        return new LoadResult(
            workers.Sum(w => w.Accepted),
            workers.Sum(w => w.Refused),
            workers.Sum(w => w.Errors),
            workers.Sum(w => w.AcceptedOverall),
            window,
            latencies,
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>One worker's counters; only its own task touches them until the run is over.</summary>
    private sealed class Worker(IReserver reserver)
    {
        public List<long> Latencies { get; } = new(capacity: 4096);

        public long Accepted { get; private set; }

        public long Refused { get; private set; }

        public long Errors { get; private set; }

        public long AcceptedOverall { get; private set; }

        public Exception? FirstError { get; private set; }

        public async Task Call(string orderId, Func<bool> counts)
        {
            var start = Stopwatch.GetTimestamp();
            bool accepted;
            try
            {
                accepted = await reserver.Reserve(orderId);
            }
            catch (Exception ex)
            {
                // Counted, never hidden: any error fails the run's correctness check.
                Errors++;
                FirstError ??= ex;
                await Task.Delay(10);
                return;
            }

            var latency = Stopwatch.GetTimestamp() - start;
            if (accepted)
            {
                AcceptedOverall++;
            }

            if (!counts())
            {
                return;
            }

            Latencies.Add(latency);
            if (accepted)
            {
                Accepted++;
            }
            else
            {
                Refused++;
            }
        }
    }
}
