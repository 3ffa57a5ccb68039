using System.Globalization;
using OrderActors.Grains.Alerts;

namespace OrderActors.Grains.Fulfilment;

/// <summary>The alert of a write-back that failed for good; its id names the order and waybill, so a resend is one alert.</summary>
internal static class ShipmentAlerts
{
    public static Alert WriteBackFailed(string shop, string orderId, string carrier, string waybill, string reason, DateTimeOffset occurredAt) => new(
        AlertKind.ShipmentWriteBackFailed,
        shop,
        occurredAt,
        $"{orderId}: the marketplace refused the shipment",
        string.Create(CultureInfo.InvariantCulture,
            $"Order {orderId} shipped with {carrier} {waybill}, but the platform refused the ship call at {ChannelAlerts.China(occurredAt)}: {reason}{Environment.NewLine}"
            + $"Fix the cause (on the platform, or the order's carrier and waybill), then POST /api/channel-shipments/{orderId}/retry."),
        $"shipment-writeback-failed/{ChannelAlerts.IdPart(orderId)}/{ChannelAlerts.IdPart(waybill)}/{occurredAt.ToUnixTimeSeconds()}");
}
