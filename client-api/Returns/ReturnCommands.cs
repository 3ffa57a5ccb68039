namespace OrderActors.ClientApi.Returns;

/// <summary>Units of one SKU to take back.</summary>
public sealed record ReturnLineRequest(string? Sku, int? Quantity);

/// <summary>A warehouse took the parcel in.</summary>
public sealed record ReceiveReturnRequest(string? Warehouse, string? Actor);

/// <summary>The QC verdict: per SKU of the return, passed + failed = units returned.</summary>
public sealed record QcRequest(IReadOnlyList<QcLineRequest?>? Lines, string? Actor, string? Note);

/// <summary>QC of one SKU.</summary>
public sealed record QcLineRequest(string? Sku, int? Passed, int? Failed);

/// <summary>The refund: pending, refunded or rejected; an amount in fen with pending and refunded.</summary>
public sealed record RefundRequest(string? Status, long? AmountFen, string? Actor);

/// <summary>Withdraw a return before the goods arrived.</summary>
public sealed record CancelReturnRequest(string? Actor, string? Reason);
