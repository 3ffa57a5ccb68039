using OrderActors.Domain.Fulfilment;

namespace OrderActors.Grains.Fulfilment;

/// <summary>What a write-back grain persists: one small record, rewritten at each change (a handful per order).</summary>
[GenerateSerializer, Alias("oa.state.ChannelShipment")]
internal sealed class ChannelShipmentState
{
    [Id(0)] public string? Carrier { get; set; }

    [Id(1)] public string? Waybill { get; set; }

    [Id(2)] public DateTimeOffset ShippedAt { get; set; }

    [Id(3)] public WriteBackStatus Status { get; set; }

    [Id(4)] public int Attempts { get; set; }

    [Id(5)] public int Failures { get; set; }

    [Id(6)] public string? LastError { get; set; }

    [Id(7)] public DateTimeOffset RequestedAt { get; set; }

    [Id(8)] public DateTimeOffset UpdatedAt { get; set; }

    [Id(9)] public DateTimeOffset? AcknowledgedAt { get; set; }

    [Id(10)] public DateTimeOffset? NextAttemptAt { get; set; }

    public WriteBack? ToWriteBack() => Carrier is null || Waybill is null
        ? null
        : new WriteBack(Carrier, Waybill, ShippedAt, Status, Attempts, Failures, LastError, RequestedAt, UpdatedAt, AcknowledgedAt, NextAttemptAt);

    public void Set(WriteBack w)
    {
        (Carrier, Waybill, ShippedAt, Status, Attempts, Failures) = (w.Carrier, w.Waybill, w.ShippedAt, w.Status, w.Attempts, w.Failures);
        (LastError, RequestedAt, UpdatedAt, AcknowledgedAt, NextAttemptAt) = (w.LastError, w.RequestedAt, w.UpdatedAt, w.AcknowledgedAt, w.NextAttemptAt);
    }
}
