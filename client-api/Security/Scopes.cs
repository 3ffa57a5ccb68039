namespace OrderActors.ClientApi.Security;

/// <summary>
/// What a caller may do. Users get scopes through their role, integrations through their API key; an endpoint
/// names the one scope it needs (<see cref="AccessConventions.RequireScope{TBuilder}"/>) and the access layer
/// checks it. One word per kind of work, so a key can be given exactly the work it does.
/// </summary>
public static class Scopes
{
    /// <summary>Read anything an operator can see: orders, stock, channels, rules, queues, analytics.</summary>
    public const string Read = "read";

    /// <summary>Add notes to orders and issue customer tracking links (customer service).</summary>
    public const string Notes = "notes:write";

    /// <summary>Submit and cancel orders (machine clients such as an ERP, and operators).</summary>
    public const string OrdersWrite = "orders:write";

    /// <summary>Approve or reject held shipments.</summary>
    public const string ApprovalsDecide = "approvals:decide";

    /// <summary>Stock levels, safety stock, freezes, transfers.</summary>
    public const string InventoryWrite = "inventory:write";

    /// <summary>Routing rule drafts, rule tests, activation, network-wide windows; approval rules.</summary>
    public const string RulesWrite = "rules:write";

    /// <summary>Shops and their tokens, pulls, reconciliations, imports.</summary>
    public const string ChannelsWrite = "channels:write";

    /// <summary>Warehouses and SKUs.</summary>
    public const string CatalogWrite = "catalog:write";

    /// <summary>WMS review resolutions and retries, write-back retries, carrier snapshots, returns and QC.</summary>
    public const string FulfilmentWrite = "fulfilment:write";

    /// <summary>The Orleans dashboard.</summary>
    public const string Dashboard = "dashboard";

    /// <summary>Users, roles and API keys; the audit log.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } =
        [Read, Notes, OrdersWrite, ApprovalsDecide, InventoryWrite, RulesWrite, ChannelsWrite, CatalogWrite, FulfilmentWrite, Dashboard, Admin];
}
