namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>What an operator's retry of a write-back did.</summary>
[GenerateSerializer, Alias("oa.ShipmentRetryOutcome")]
public enum ShipmentRetryOutcome
{
    /// <summary>The failed write-back is pending again and being sent.</summary>
    Retried = 0,

    /// <summary>No shipment was ever requested for the order.</summary>
    NotFound = 1,

    /// <summary>It is not failed (pending, acknowledged or not applicable): nothing to retry.</summary>
    NotFailed = 2,
}
