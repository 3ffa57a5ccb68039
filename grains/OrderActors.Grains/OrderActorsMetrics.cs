using System.Diagnostics.Metrics;

namespace OrderActors.Grains;

/// <summary>
/// The service's own metrics (OpenTelemetry names): what operators graph during a promotion.
/// Hosts export every meter whose name starts with <see cref="MeterPrefix"/>.
/// </summary>
public static class OrderActorsMetrics
{
    public const string MeterPrefix = "OrderActors";

    private static readonly Meter Meter = new("OrderActors.Orders");

    private static readonly Counter<long> Submitted = Meter.CreateCounter<long>(
        "orderactors.orders.submitted", "{order}", "Order submissions by outcome (Accepted, Refused, Invalid, IdempotencyConflict, Replayed).");

    private static readonly Counter<long> Reservations = Meter.CreateCounter<long>(
        "orderactors.stock.reservations", "{reservation}", "Stock reservation requests by outcome (Applied, AlreadyApplied, Refused).");

    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>(
        "orderactors.routing.decisions", "{decision}", "Routing decisions by outcome (Allocated, Unservable, Retried).");

    private static readonly Histogram<double> RoutingDuration = Meter.CreateHistogram<double>(
        "orderactors.routing.duration", "s", "Time to route and reserve one order, decision log included.");

    internal static void OrderSubmitted(string outcome) => Submitted.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    internal static void Reservation(string outcome) => Reservations.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    internal static void Decision(string outcome) => Decisions.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    internal static void Routed(TimeSpan elapsed) => RoutingDuration.Record(elapsed.TotalSeconds);
}
