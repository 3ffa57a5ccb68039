using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;

namespace OrderActors.ClientApi.Orders;

/// <summary>An order with its status history and the customer-facing tracking timeline.</summary>
public sealed record OrderResponse(OrderView Order, TrackingTimeline? Tracking);
