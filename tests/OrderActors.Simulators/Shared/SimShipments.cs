namespace OrderActors.Simulators;

/// <summary>One ship call a simulator accepted, as its admin API shows it to tests.</summary>
/// <param name="Company">The carrier in the platform's own code (company_code, logiCoprId, logistics_id …).</param>
/// <param name="Calls">How many accepted calls named it (an exact repeat counts here, not as a new shipment).</param>
public sealed record SimShipment(string Shop, string OrderId, string Company, string Waybill, DateTimeOffset ShippedAt, int Calls);

/// <summary>The shipments every marketplace simulator has accepted, per shop and order. Thread-safe.</summary>
public sealed class SimShipments
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Shop, string OrderId), SimShipment> _shipments = [];

    /// <summary>
    /// A ship call, decided the same way on every simulated platform: an unknown order, then a closed one
    /// (cancelled, refunded, refunding or unpaid) are refused; an order no longer waiting to ship takes only
    /// the very same shipment again (<see cref="SimShipResult.Repeated"/>, counted) and refuses anything else;
    /// otherwise the shipment is recorded and <paramref name="markShipped"/> moves the order to its
    /// platform's shipped status with a new modified time.
    /// </summary>
    public SimShipResult Ship<TOrder>(
        string shop, string orderId, string company, string waybill, TOrder? order,
        Func<TOrder, bool> isClosed, Func<TOrder, bool> awaitsShipping, Action<DateTimeOffset> markShipped, DateTimeOffset now)
        where TOrder : class
    {
        ArgumentNullException.ThrowIfNull(isClosed);
        ArgumentNullException.ThrowIfNull(awaitsShipping);
        ArgumentNullException.ThrowIfNull(markShipped);
        lock (_gate)
        {
            if (order is null)
            {
                return SimShipResult.NotFound;
            }

            if (isClosed(order))
            {
                return SimShipResult.Closed;
            }

            if (!awaitsShipping(order))
            {
                if (!_shipments.TryGetValue((shop, orderId), out var earlier) || earlier.Company != company || earlier.Waybill != waybill)
                {
                    return SimShipResult.ShippedOtherwise;
                }

                _shipments[(shop, orderId)] = earlier with { Calls = earlier.Calls + 1 };
                return SimShipResult.Repeated;
            }

            _shipments[(shop, orderId)] = new SimShipment(shop, orderId, company, waybill, now, 1);
            markShipped(now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerSecond)));
            return SimShipResult.Shipped;
        }
    }

    public IReadOnlyList<SimShipment> All()
    {
        lock (_gate)
        {
            return [.. _shipments.Values.OrderBy(s => s.ShippedAt)];
        }
    }
}
