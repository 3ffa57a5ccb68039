namespace OrderActors.Cluster.Tests.Ingestion;

/// <summary>
/// The business clock of the ingestion scenario: it stands still until the scenario moves it, so days
/// of marketplace traffic run in minutes. Only the business sees it (the keyed clock of the grains,
/// the simulators); Orleans keeps real time.
/// </summary>
internal sealed class ScenarioClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
