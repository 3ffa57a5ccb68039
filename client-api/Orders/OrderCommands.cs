namespace OrderActors.ClientApi.Orders;

public sealed record CancelOrderRequest(string? Reason, string? Actor);

public sealed record PayOrderRequest(DateTimeOffset? PaidAt);

public sealed record OutboundScanRequest(string? ScanId, string? Operator);

public sealed record WaybillRequest(string? Carrier, string? WaybillNumber);

public sealed record DeliveryRequest(DateTimeOffset? DeliveredAt, string? Source);

public sealed record CompleteOrderRequest(string? Actor);

public sealed record RerouteRequest(string? Actor, string? Reason);
