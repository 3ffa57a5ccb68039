namespace OrderActors.Domain.Channels;

/// <summary>One incremental pull: orders whose platform modified time lies in [<see cref="Start"/>, <see cref="End"/>].</summary>
public readonly record struct PullWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;
}
