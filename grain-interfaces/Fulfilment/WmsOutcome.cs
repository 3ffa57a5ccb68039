namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>What the WMS inbox did with an event. The first three are durable: the WMS may stop sending it.</summary>
[GenerateSerializer, Alias("oa.WmsOutcome")]
public enum WmsOutcome
{
    /// <summary>The order took the event and changed (200).</summary>
    Applied = 0,

    /// <summary>The order had this step already (the same event, recorded another way): nothing changed (200).</summary>
    Unchanged = 1,

    /// <summary>The order refused the event in its current state; the event is kept for review (409, with the order's reason).</summary>
    Review = 2,

    /// <summary>Not signed with the warehouse's secret, or not now (401).</summary>
    Unauthorized = 3,

    /// <summary>Signed, but the body is not a JSON object (400).</summary>
    MalformedBody = 4,

    /// <summary>Signed JSON that is not a valid event: fields missing or wrong, an unknown type, a time in the future (422).</summary>
    InvalidEvent = 5,

    /// <summary>No warehouse with a WMS secret under this code (404).</summary>
    UnknownWarehouse = 6,

    /// <summary>No order with this id (422); not remembered, so the same event may be sent again once the order exists.</summary>
    UnknownOrder = 7,

    /// <summary>The order is allocated to another warehouse (422); not remembered.</summary>
    WrongWarehouse = 8,

    /// <summary>The event id was used before with another body (409).</summary>
    EventIdReused = 9,

    /// <summary>The event could not be made durable now; the WMS should send the same event again (503).</summary>
    Unavailable = 10,
}
