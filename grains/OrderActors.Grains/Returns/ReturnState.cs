using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Returns;

namespace OrderActors.Grains.Returns;

/// <summary>What a return grain persists: small and bounded (a handful of lines and steps).</summary>
[GenerateSerializer, Alias("oa.state.Return")]
internal sealed class ReturnState
{
    /// <summary>Null until the return is opened.</summary>
    [Id(0)] public string? OrderId { get; set; }

    [Id(1)] public ReturnSource Source { get; set; }

    [Id(2)] public string? PlatformReturnId { get; set; }

    [Id(3)] public string RequestId { get; set; } = "";

    [Id(4)] public ReturnStatus Status { get; set; }

    [Id(5)] public ImmutableArray<ReturnLineView> Lines { get; set; } = [];

    [Id(6)] public ReturnReason Reason { get; set; }

    [Id(7)] public string? ReasonText { get; set; }

    [Id(8)] public string? Warehouse { get; set; }

    [Id(9)] public long GoodsValueFen { get; set; }

    [Id(10)] public RefundStatus Refund { get; set; }

    [Id(11)] public long RefundFen { get; set; }

    /// <summary>False between the durable QC verdict and the durable stock changes it makes.</summary>
    [Id(12)] public bool StockBooked { get; set; }

    [Id(13)] public DateTimeOffset RequestedAt { get; set; }

    [Id(14)] public DateTimeOffset? ReceivedAt { get; set; }

    [Id(15)] public DateTimeOffset? InspectedAt { get; set; }

    [Id(16)] public DateTimeOffset? CancelledAt { get; set; }

    [Id(17)] public List<ReturnHistoryEntry> History { get; set; } = [];

    public bool Exists => OrderId is not null;
}
