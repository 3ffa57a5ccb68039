using System.Diagnostics;

namespace OrderActors.Benchmarks.Infrastructure;

/// <summary>What a load run counted; latencies are of the calls that completed in the measured window.</summary>
internal sealed record LoadResult(
    long Accepted,
    long Refused,
    long Errors,
    long AcceptedOverall,
    TimeSpan Window,
    long[] SortedLatencyTicks,
    Exception? FirstError)
{
    public double Rate => Window > TimeSpan.Zero ? Accepted / Window.TotalSeconds : 0;

    public TimeSpan Percentile(double p)
    {
        if (SortedLatencyTicks.Length == 0)
        {
            return TimeSpan.Zero;
        }

        var index = (int)Math.Min(SortedLatencyTicks.Length - 1, Math.Ceiling(p / 100 * SortedLatencyTicks.Length) - 1);
        return Stopwatch.GetElapsedTime(0, SortedLatencyTicks[Math.Max(0, index)]);
    }
}
