namespace OrderActors.Simulators.Wms;

/// <summary>
/// What the simulated WMS holds, in memory, under one lock: the OMS address, each warehouse's secret,
/// what it sent (the last 1,000), and the autopilot's orders.
/// </summary>
public sealed class WmsSimulatorState(WmsSimulatorOptions options, TimeProvider time)
{
    private const int SentKept = 1000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _secrets = new(options.Warehouses, StringComparer.Ordinal);
    private readonly LinkedList<SimWmsSent> _sent = new();
    private readonly Dictionary<(string Warehouse, string OrderId), SimWmsAutopilotOrder> _autopilot = [];
    private Uri? _oms = options.OmsBaseUrl;

    public WmsSimulatorOptions Options { get; } = options;

    public DateTimeOffset Now => time.GetUtcNow();

    public Uri? Oms
    {
        get
        {
            lock (_gate)
            {
                return _oms;
            }
        }

        set
        {
            lock (_gate)
            {
                _oms = value;
            }
        }
    }

    public void SetSecret(string warehouse, string secret)
    {
        lock (_gate)
        {
            _secrets[warehouse] = secret;
        }
    }

    public string? SecretOf(string warehouse)
    {
        lock (_gate)
        {
            return _secrets.GetValueOrDefault(warehouse);
        }
    }

    public void Record(SimWmsSent sent)
    {
        lock (_gate)
        {
            _sent.AddLast(sent);
            if (_sent.Count > SentKept)
            {
                _sent.RemoveFirst();
            }
        }
    }

    public IReadOnlyList<SimWmsSent> Sent(string? warehouse = null)
    {
        lock (_gate)
        {
            return [.. _sent.Where(s => warehouse is null || s.Warehouse == warehouse)];
        }
    }

    /// <summary>The event sent under <paramref name="eventId"/> by the warehouse, or its last one when null.</summary>
    public SimWmsSent? SentEvent(string warehouse, string? eventId)
    {
        lock (_gate)
        {
            return _sent.LastOrDefault(s => s.Warehouse == warehouse && (eventId is null || s.EventId == eventId));
        }
    }

    /// <summary>Puts an order on the autopilot (again from picking, when it was there before).</summary>
    public SimWmsAutopilotOrder Enqueue(string warehouse, string orderId, string? delayReason)
    {
        var order = new SimWmsAutopilotOrder(warehouse, orderId, "picked", Now + Options.PickAfter, delayReason, null, 0, null);
        lock (_gate)
        {
            _autopilot[(warehouse, orderId)] = order;
        }

        return order;
    }

    public IReadOnlyList<SimWmsAutopilotOrder> Autopilot(string? warehouse = null)
    {
        lock (_gate)
        {
            return [.. _autopilot.Values.Where(o => warehouse is null || o.Warehouse == warehouse)];
        }
    }

    /// <summary>Orders whose next step is due now.</summary>
    public IReadOnlyList<SimWmsAutopilotOrder> Due()
    {
        var now = Now;
        lock (_gate)
        {
            return [.. _autopilot.Values.Where(o => o.NextType is not null && o.Held is null && o.DueAt <= now).OrderBy(o => o.DueAt)];
        }
    }

    public void Update(SimWmsAutopilotOrder order)
    {
        lock (_gate)
        {
            _autopilot[(order.Warehouse, order.OrderId)] = order;
        }
    }
}
