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

    /// <summary>Records an order's shipment (the platform's first ship call for it).</summary>
    public void Record(string shop, string orderId, string company, string waybill, DateTimeOffset at)
    {
        lock (_gate)
        {
            _shipments[(shop, orderId)] = new SimShipment(shop, orderId, company, waybill, at, 1);
        }
    }

    /// <summary>
    /// Whether the call repeats the order's recorded shipment exactly (then it is counted): simulators
    /// answer such a repeat like the first call, and anything else on a shipped order with the platform's
    /// "already shipped" refusal (our choice, docs/channel-shipments.md).
    /// </summary>
    public bool Repeat(string shop, string orderId, string company, string waybill)
    {
        lock (_gate)
        {
            if (!_shipments.TryGetValue((shop, orderId), out var earlier) || earlier.Company != company || earlier.Waybill != waybill)
            {
                return false;
            }

            _shipments[(shop, orderId)] = earlier with { Calls = earlier.Calls + 1 };
            return true;
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
