namespace OrderActors.Simulators.Wms;

/// <summary>How to send an event: correctly, or one of the ways a receiver must refuse.</summary>
public enum SimWmsVariant
{
    /// <summary>Signed with the warehouse's secret, now.</summary>
    Signed = 0,

    /// <summary>No timestamp and no signature header.</summary>
    Unsigned = 1,

    /// <summary>Signed with a secret that is not the warehouse's.</summary>
    WrongSecret = 2,

    /// <summary>Signed correctly, but with a timestamp 10 minutes old (outside the ±5 minute window).</summary>
    Stale = 3,

    /// <summary>The exact body of an event sent before (<see cref="SimWmsEventRequest.EventId"/>, else the warehouse's last), signed anew: a resend.</summary>
    Replay = 4,

    /// <summary>A new body under the id of an event sent before: what a receiver must refuse as a reused id.</summary>
    ReusedId = 5,
}
