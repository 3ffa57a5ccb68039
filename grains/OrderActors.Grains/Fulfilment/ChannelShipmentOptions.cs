using OrderActors.Domain.Fulfilment;

namespace OrderActors.Grains.Fulfilment;

/// <summary>How shipment write-backs retry (<c>OrderActors:Fulfilment:WriteBack</c>).</summary>
public sealed class ChannelShipmentOptions
{
    public const string Section = "OrderActors:Fulfilment:WriteBack";

    /// <summary>The wait after the 1st, 2nd … failed attempt; the last repeats. Default: 10 s, 30 s, 1, 2, 5, 15, 30 min.</summary>
    public List<TimeSpan> RetryDelays { get; set; } = [.. WriteBackPolicy.Default.RetryDelays];

    /// <summary>Unclassified platform answers in a row after which a write-back fails for a person to look at.</summary>
    public int MaxUnclassifiedFailures { get; set; } = WriteBackPolicy.Default.MaxUnclassifiedFailures;

    /// <summary>The durable reminder's period: how soon a pending write-back resumes after its silo was lost (Orleans' minimum is 1 minute).</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    public WriteBackPolicy Policy() => new([.. RetryDelays], MaxUnclassifiedFailures);
}
