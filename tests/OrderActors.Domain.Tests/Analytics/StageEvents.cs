using OrderActors.Domain.Analytics;
using OrderActors.Domain.Orders;

namespace OrderActors.Domain.Tests.Analytics;

/// <summary>Builds one order's status events from offsets in seconds after a start time.</summary>
internal static class StageEvents
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 9, 9, 0, 0, TimeSpan.FromHours(8));

    public static List<StatusEventRecord> Order(string id, string warehouse, string carrier, params (OrderStatus Status, double AtSeconds, string[] Reasons)[] steps) =>
        [.. steps.Select((s, i) => new StatusEventRecord(id, i + 1, s.Status, T0.AddSeconds(s.AtSeconds), "web", warehouse,
            s.Status >= OrderStatus.Shipped ? carrier : null, [.. s.Reasons]))];
}
