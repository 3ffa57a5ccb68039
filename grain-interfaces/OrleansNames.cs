namespace OrderActors.GrainInterfaces;

/// <summary>The names that silo, client and tests must agree on: storage providers, streams, singletons.</summary>
public static class OrleansNames
{
    /// <summary>Grain storage for orders, catalog and tracking state (ADO.NET on PostgreSQL).</summary>
    public const string GrainStorage = "oms";

    /// <summary>Stream provider that carries order status changes.</summary>
    public const string StreamProvider = "order-events";

    /// <summary>Stream namespace of order status changes; the stream key is the order id.</summary>
    public const string OrderStatusNamespace = "order-status";

    /// <summary>Key of the single warehouse directory grain.</summary>
    public const string WarehouseDirectoryKey = "default";

    /// <summary>Key of the single routing rules grain.</summary>
    public const string RoutingRulesKey = "default";

    /// <summary>Key of the single approval rules grain.</summary>
    public const string ApprovalRulesKey = "default";

    /// <summary>Key of the single reservation reconciler grain.</summary>
    public const string ReconcilerKey = "default";

    /// <summary>Key of the single tracking check sweep grain.</summary>
    public const string TrackingSweepKey = "default";
}
