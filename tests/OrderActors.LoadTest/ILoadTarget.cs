namespace OrderActors.LoadTest;

/// <summary>What the load drives: the client API over HTTP, or the cluster through an Orleans client.</summary>
public interface ILoadTarget : IAsyncDisposable
{
    /// <summary>"http" or "orleans".</summary>
    string Kind { get; }

    Task<OperationOutcome> Submit(LoadOrder order, CancellationToken cancellationToken);

    Task<OperationOutcome> GetStatus(string orderId, CancellationToken cancellationToken);

    Task<OperationOutcome> GetTracking(string orderId, CancellationToken cancellationToken);

    /// <summary>A goods receipt from the WMS: the cell's on-hand count goes up by <paramref name="received"/>.</summary>
    Task<OperationOutcome> AdjustStock(string sku, string warehouse, int received, CancellationToken cancellationToken);

    /// <summary>The order as the cluster holds it, for the audit; null when there is no such order.</summary>
    Task<AuditOrder?> ReadOrder(string orderId, CancellationToken cancellationToken);

    /// <summary>The stock cell as its grain holds it, for the audit.</summary>
    Task<AuditCell> ReadCell(string sku, string warehouse, CancellationToken cancellationToken);
}

/// <summary>An order the load submits. <paramref name="Channel"/> web uses <paramref name="ExternalId"/> as idempotency key, a marketplace as platform order id.</summary>
public sealed record LoadOrder(
    string OrderId,
    string Channel,
    string Shop,
    string ExternalId,
    IReadOnlyList<(string Sku, int Quantity)> Lines,
    LoadAddress Address,
    bool Backorder);

public sealed record LoadAddress(string Province, string City);

/// <summary>How one operation ended. <see cref="Kind"/> is "ok", a business refusal ("refused:OutOfStock") or an error ("http:503", "timeout", an exception type).</summary>
public readonly record struct OperationOutcome(string Kind, bool Accepted = false, bool Backordered = false)
{
    public static readonly OperationOutcome Ok = new("ok");

    public bool IsError => Kind != "ok" && !Kind.StartsWith("refused:", StringComparison.Ordinal);
}

/// <summary>The parts of an order the audit checks.</summary>
public sealed record AuditOrder(string Id, string Status, bool Backordered, IReadOnlyList<AuditReservation> Reservations);

public sealed record AuditReservation(string Sku, string Warehouse, int Quantity);

/// <summary>The parts of a stock cell the audit checks.</summary>
public sealed record AuditCell(string Sku, string Warehouse, int OnHand, int Reserved, int OpenReservations);
