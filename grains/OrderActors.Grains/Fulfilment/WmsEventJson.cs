using System.Text.Json;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Fulfilment;

/// <summary>
/// Reads one WMS event (docs/wms.md) and says, field by field, what is wrong with it. Times are RFC 3339
/// with an offset (the web store's reader), and an event may not claim to have happened in the future
/// beyond the allowed clock skew: a scanner with a wrong clock would otherwise write history ahead of now.
/// </summary>
internal static class WmsEventJson
{
    /// <summary>Longest operator, device or delay reason.</summary>
    public const int MaxTextLength = 64;

    public static WmsEventRead Read(JsonElement json, string warehouse, DateTimeOffset now, TimeSpan futureSkew)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return new(null, null, [new WebhookFieldError("$", "an event is a JSON object.")], NotAnObject: true);
        }

        var errors = new List<WebhookFieldError>();
        string? Text(string name, bool required, int maxLength)
        {
            if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    errors.Add(new(name, "required."));
                }

                return null;
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (text is null || text.Length > maxLength || (required && string.IsNullOrWhiteSpace(text)))
            {
                errors.Add(new(name, $"a string of 1-{maxLength} characters."));
                return null;
            }

            return text;
        }

        var eventId = Text("eventId", required: true, WebhookVerifier.MaxDeliveryIdLength);
        if (eventId is not null && !WebhookVerifier.IsValidDeliveryId(eventId))
        {
            errors.Add(new("eventId", $"1-{WebhookVerifier.MaxDeliveryIdLength} letters, digits, '.', '_', ':' or '-'; the same for every retry of the event."));
            eventId = null;
        }

        var orderId = Text("orderId", required: true, 256);
        if (orderId is not null && !OrderId.TryParse(orderId, out _))
        {
            errors.Add(new("orderId", "an OrderActors order id, {channel}:{shop}:{id}, as the order was handed to the warehouse."));
        }

        var type = Text("type", required: true, 32);
        if (type is not null && !WmsEventTypes.TryParse(type, out _))
        {
            errors.Add(new("type", $"unknown type '{type}'; one of {WmsEventTypes.Known}."));
        }

        var atText = Text("at", required: true, 64);
        DateTimeOffset at = default;
        if (atText is not null && !WebStoreProtocol.TryParseTime(atText, out at))
        {
            errors.Add(new("at", "an RFC 3339 time with an offset, e.g. 2026-11-11T09:30:00+08:00."));
        }
        else if (atText is not null && at > now + futureSkew)
        {
            errors.Add(new("at", $"{atText} is in the future (the receiver's clock says {now:O}); send the time the step happened."));
        }

        var operatorName = Text("operator", required: true, MaxTextLength);
        var device = Text("device", required: false, MaxTextLength);
        var delayReason = Text("delayReason", required: false, MaxTextLength);
        if (errors.Count > 0)
        {
            return new(null, orderId, [.. errors], NotAnObject: false);
        }

        WmsEventTypes.TryParse(type, out var kind);
        return new(new WarehouseEvent(eventId!, warehouse, kind!.Value, at, operatorName!, device, delayReason), orderId, [], NotAnObject: false);
    }
}
