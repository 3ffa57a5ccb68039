using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Approvals;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.Orders;

/// <summary>What an order grain persists. Small and bounded: one row version per status change.</summary>
[GenerateSerializer, Alias("oa.state.Order")]
internal sealed class OrderState
{
    /// <summary>Hash of the submitted content; null until the order is recorded.</summary>
    [Id(0)] public string? Fingerprint { get; set; }

    [Id(1)] public OrderStatus Status { get; set; }

    [Id(2)] public ImmutableArray<OrderLine> Lines { get; set; } = [];

    [Id(3)] public ShippingAddress? Address { get; set; }

    [Id(4)] public string? ProvinceCode { get; set; }

    [Id(5)] public DateTimeOffset CreatedAt { get; set; }

    [Id(6)] public DateTimeOffset? PaidAt { get; set; }

    [Id(7)] public ShortfallPolicy OnShortfall { get; set; }

    [Id(8)] public string? Warehouse { get; set; }

    [Id(9)] public bool Backordered { get; set; }

    [Id(10)] public string? Carrier { get; set; }

    [Id(11)] public string? WaybillNumber { get; set; }

    [Id(12)] public string? OutboundScanId { get; set; }

    [Id(13)] public string? CancelReason { get; set; }

    [Id(14)] public List<OrderHistoryEntry> History { get; set; } = [];

    /// <summary>The answer the first submit got, replayed to retries.</summary>
    [Id(15)] public SubmitOutcome SubmitOutcome { get; set; }

    [Id(16)] public string? SubmitReason { get; set; }

    [Id(17)] public string? SubmitDetail { get; set; }

    [Id(18)] public string? CityCode { get; set; }

    /// <summary>The parcels the router chose; empty until allocated.</summary>
    [Id(19)] public ImmutableArray<PackageView> Packages { get; set; } = [];

    /// <summary>The stock this order holds, cell by cell: what cancel releases and shipping deducts.</summary>
    [Id(20)] public ImmutableArray<StockReservationView> Reservations { get; set; } = [];

    /// <summary>An unpaid order's stock is released when payment has not arrived by then.</summary>
    [Id(21)] public DateTimeOffset? PaymentDueAt { get; set; }

    /// <summary>The marketplace's modified time of the version this order last applied (newer-wins).</summary>
    [Id(22)] public DateTimeOffset? PlatformModifiedAt { get; set; }

    [Id(23)] public string? PlatformStatus { get; set; }

    /// <summary>Picked, packed, scanned out: what the WMS reported, in order.</summary>
    [Id(24)] public List<WarehouseStepView> WarehouseSteps { get; set; } = [];

    /// <summary>The electronic waybill request made at packing; null before packing or when the waybill was bound by hand.</summary>
    [Id(25)] public WaybillRequestView? WaybillRequest { get; set; }

    /// <summary>The approval an approval rule asked for when the shipment was verified.</summary>
    [Id(26)] public ApprovalView? Approval { get; set; }

    /// <summary>Exception codes recorded in the current status; they go out with the change that ends it.</summary>
    [Id(27)] public List<string> PendingDelayReasons { get; set; } = [];

    /// <summary>The marketplace write-back was handed to the channel shipment grain (re-requested on activation until then).</summary>
    [Id(28)] public bool WriteBackRequested { get; set; }

    public bool Exists => Fingerprint is not null;

    public int Version => History.Count;
}
