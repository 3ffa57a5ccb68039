namespace OrderActors.Grains.Alerts;

/// <summary>What an alert is about. The numbers are part of the webhook contract's history: never renumber.</summary>
[GenerateSerializer, Alias("oa.AlertKind")]
public enum AlertKind
{
    /// <summary>A shop has brought no new order for longer than its threshold (outside quiet hours); also its reminders.</summary>
    ChannelSilent = 1,

    /// <summary>The all-clear: orders flow again from a shop that was reported silent.</summary>
    ChannelRecovered = 2,

    /// <summary>A shop's access token could not be refreshed: pulls will fail once it expires.</summary>
    TokenRefreshFailed = 3,

    /// <summary>Reconciliation found stock or orders that do not agree.</summary>
    ReconciliationMismatch = 4,

    /// <summary>A marketplace refused a shipment write-back (order cancelled there, waybill or carrier refused): it needs a person.</summary>
    ShipmentWriteBackFailed = 5,
}
