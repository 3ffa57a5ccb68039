using System.Collections.Immutable;

namespace OrderActors.Simulators.Carriers;

/// <summary>One scan as the carrier records it: its own code, time, place and remark, and a route id (SF pushes carry it).</summary>
public sealed record SimRoute(string Id, string Code, DateTimeOffset At, string City, string Remark);

/// <summary>A waybill the simulated carrier issued, and its scans in the order they happened.</summary>
/// <param name="OrderNumber">The customer order number it was issued for (the idempotency key).</param>
/// <param name="Stage">0 issued, 1 picked up, 2 in transit, 3 out for delivery, 4 delivered.</param>
public sealed record SimParcel(string Carrier, string Waybill, string OrderNumber, DateTimeOffset IssuedAt, int Stage, ImmutableList<SimRoute> Routes);
