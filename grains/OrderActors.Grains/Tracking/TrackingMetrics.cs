using System.Diagnostics.Metrics;
using OrderActors.Domain.Tracking;

namespace OrderActors.Grains.Tracking;

/// <summary>Tracking's health signal: timelines rebuilt from their order, by what found them behind.</summary>
internal static class TrackingMetrics
{
    private static readonly Meter Meter = new("OrderActors.Tracking");

    private static readonly Counter<long> Repairs = Meter.CreateCounter<long>(
        "orderactors.tracking.repairs", "{repair}", "Tracking timelines rebuilt from the order, by cause (Gap, Check, Read).");

    public static void Repaired(RepairCause cause) => Repairs.Add(1, new KeyValuePair<string, object?>("cause", cause.ToString()));
}
