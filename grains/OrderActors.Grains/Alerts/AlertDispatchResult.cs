using System.Collections.Immutable;

namespace OrderActors.Grains.Alerts;

/// <summary>What became of one alert: one outcome per configured notifier.</summary>
public sealed record AlertDispatchResult(Alert Alert, ImmutableArray<AlertDeliveryOutcome> Outcomes)
{
    /// <summary>At least one notifier delivered it.</summary>
    public bool AnyDelivered => Outcomes.Any(o => o.Delivered);

    /// <summary>Every configured notifier delivered it (true when none is configured: there was nothing to fail).</summary>
    public bool AllDelivered => Outcomes.All(o => o.Delivered);

    /// <summary>No notifier is configured on this silo: the alert only went to the log.</summary>
    public bool NoNotifiers => Outcomes.IsEmpty;
}
