using OrderActors.GrainInterfaces.Carriers;

namespace OrderActors.Grains.Carriers;

/// <summary>A parcel's stored state: small (a parcel has tens of events at most), written whole.</summary>
[GenerateSerializer, Alias("oa.state.Parcel")]
internal sealed class ParcelRecord
{
    [Id(0)] public string? OrderId { get; set; }

    [Id(1)] public DateTimeOffset? BoundAt { get; set; }

    /// <summary>Every event once, in time order.</summary>
    [Id(2)] public List<CarrierTrackingEvent> Events { get; set; } = [];

    [Id(3)] public DateTimeOffset? LastPushAt { get; set; }

    [Id(4)] public DateTimeOffset? LastPolledAt { get; set; }

    /// <summary>When the order accepted the delivery; until then every record and poll tries again.</summary>
    [Id(5)] public DateTimeOffset? DeliveryConfirmedAt { get; set; }
}
