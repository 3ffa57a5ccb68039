namespace OrderActors.Domain.Fulfilment;

/// <summary>How a write-back retries.</summary>
/// <param name="RetryDelays">The wait after the 1st, 2nd … failed attempt; the last one repeats for as long as it takes.</param>
/// <param name="MaxUnclassifiedFailures">Unclassified answers in a row after which the write-back fails for a person to look at.</param>
public sealed record WriteBackPolicy(IReadOnlyList<TimeSpan> RetryDelays, int MaxUnclassifiedFailures)
{
    /// <summary>10 s, 30 s, 1 min, 2 min, 5 min, 15 min, then every 30 min; 5 unclassified answers in a row fail it.</summary>
    public static WriteBackPolicy Default { get; } = new(
        [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30)],
        5);

    /// <summary>The wait after the <paramref name="failures"/>-th failure in a row (1-based).</summary>
    public TimeSpan DelayAfter(int failures)
    {
        if (RetryDelays.Count == 0)
        {
            return TimeSpan.Zero;
        }

        return RetryDelays[Math.Clamp(failures - 1, 0, RetryDelays.Count - 1)];
    }
}
