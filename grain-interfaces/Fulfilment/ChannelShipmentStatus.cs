namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>Where the write-back of a shipped order to its marketplace stands.</summary>
[GenerateSerializer, Alias("oa.ChannelShipmentStatus")]
public enum ChannelShipmentStatus
{
    /// <summary>Stored; being sent or waiting for the next attempt.</summary>
    Pending = 0,

    /// <summary>The platform has the carrier and waybill.</summary>
    Acknowledged = 1,

    /// <summary>The platform refused in a way retrying cannot fix; see the last error, fix it, then retry.</summary>
    Failed = 2,

    /// <summary>Nothing to send: an own-store order whose shop has no connector.</summary>
    NotApplicable = 3,
}
