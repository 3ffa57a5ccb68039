using System.Collections.Concurrent;
using HdrHistogram;

namespace OrderActors.LoadTest;

/// <summary>
/// Latencies and outcomes of one kind of operation. Latency runs from the operation's intended start
/// (the open-model schedule), so time spent waiting behind a slow system counts (no coordinated
/// omission); service time runs from when the request was actually sent, for comparison.
/// Values are microseconds.
/// </summary>
public sealed class OperationStats(string name)
{
    private const long MaxMicros = 10L * 60 * 1_000_000;
    private readonly Recorder _latency = NewRecorder();
    private readonly Recorder _service = NewRecorder();
    private readonly ConcurrentDictionary<string, long> _outcomes = new();
    private long _errors;

    public string Name { get; } = name;

    /// <summary>Every latency recorded so far, merged second by second by <see cref="TakeInterval"/>.</summary>
    public HistogramBase Latency { get; } = new LongHistogram(MaxMicros, 3);

    public HistogramBase Service { get; } = new LongHistogram(MaxMicros, 3);

    public IReadOnlyDictionary<string, long> Outcomes => _outcomes;

    public long Errors => Interlocked.Read(ref _errors);

    public void Record(long latencyMicros, long serviceMicros, string outcome, bool isError)
    {
        _latency.RecordValue(Math.Clamp(latencyMicros, 1, MaxMicros));
        _service.RecordValue(Math.Clamp(serviceMicros, 1, MaxMicros));
        _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        if (isError)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    /// <summary>The latencies recorded since the last call (added to the totals too).</summary>
    public HistogramBase TakeInterval()
    {
        var interval = _latency.GetIntervalHistogram();
        Latency.Add(interval);
        Service.Add(_service.GetIntervalHistogram());
        return interval;
    }

    private static Recorder NewRecorder() => new(1, MaxMicros, 3, (id, low, high, digits) => new LongHistogram(id, low, high, digits));
}
