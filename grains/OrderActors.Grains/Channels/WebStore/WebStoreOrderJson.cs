using System.Globalization;
using System.Text.Json;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.Grains.Orders;

namespace OrderActors.Grains.Channels.WebStore;

/// <summary>
/// Reads the web store's order object and says, field by field, what is wrong with it. Amounts are
/// JSON integers in fen (never decimals, never strings); times are RFC 3339 with an offset. The
/// webhook refuses an order with any error; the pull refuses a page with a malformed order and hands
/// merely incomplete ones to the order grain, which refuses them with its own reason.
/// </summary>
internal static class WebStoreOrderJson
{
    private static readonly string KnownStatuses = string.Join(", ", WebStoreStatusMap.Statuses.Keys.Order(StringComparer.Ordinal));

    public static WebStoreOrderRead Read(JsonElement json)
    {
        var r = new Reader();
        if (json.ValueKind != JsonValueKind.Object)
        {
            r.Malformed("$", $"an order is a JSON object, not {Kind(json)}");
            return r.Result(null);
        }

        var id = r.Text(json, "id", "id", required: true);
        if (id is not null && !Codes.IsValidPlatformOrderId(id))
        {
            r.Invalid("id", $"1-{Codes.MaxPlatformOrderIdLength} letters, digits, '.', '-' or '_'.");
            id = null;
        }

        var status = r.Text(json, "status", "status", required: true);
        var mapped = WebStoreStatusMap.Map(status);
        if (status is not null && !mapped.IsKnown)
        {
            r.Invalid("status", $"unknown status '{status}'; one of {KnownStatuses}.");
        }

        var updatedAt = r.Time(json, "updated_at", "updated_at", required: true);
        var createdAt = r.Time(json, "created_at", "created_at", required: true);
        var paidAt = r.Time(json, "paid_at", "paid_at", required: false);
        if (paidAt is null && mapped.IsKnown && WebStoreStatusMap.ImpliesPayment(mapped.State) && !r.Has("paid_at"))
        {
            r.Invalid("paid_at", $"required once the order is paid (status '{status}').");
        }

        if (r.Text(json, "currency", "currency", required: false) is { } currency && currency != "CNY")
        {
            r.Invalid("currency", $"amounts are in fen of CNY; got '{currency}'.");
        }

        var totalFen = r.Fen(json, "total_fen", "total_fen", required: false);
        var shippingFen = r.Fen(json, "shipping_fen", "shipping_fen", required: false);
        var lines = ReadLines(r, json);
        var address = ReadAddress(r, json);

        var order = id is not null && status is not null && updatedAt is { } version
            ? new WebStoreOrder(id, status, version, createdAt, paidAt, lines, address, totalFen, shippingFen)
            : null;
        return r.Result(order);
    }

    private static List<WebStoreLine> ReadLines(Reader r, JsonElement json)
    {
        var lines = new List<WebStoreLine>();
        if (r.Array(json, "lines", "lines") is not { } items)
        {
            return lines;
        }

        if (items.Count == 0 || items.Count > OrderSubmissionRules.MaxLines)
        {
            r.Invalid("lines", $"an order has 1-{OrderSubmissionRules.MaxLines} lines.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"lines[{i}]");
            if (items[i].ValueKind != JsonValueKind.Object)
            {
                r.Malformed(path, $"a line is a JSON object, not {Kind(items[i])}");
                continue;
            }

            var sku = r.Text(items[i], "sku", path + ".sku", required: true);
            if (sku is not null && !Codes.IsValidSku(sku))
            {
                r.Invalid(path + ".sku", $"the seller's SKU code: 1-{Codes.MaxSkuLength} letters, digits, '.', '-' or '_'.");
            }

            var quantity = r.Integer(items[i], "quantity", path + ".quantity", required: true);
            if (quantity is { } q && q is < 1 or > OrderSubmissionRules.MaxQuantityPerLine)
            {
                r.Invalid(path + ".quantity", $"between 1 and {OrderSubmissionRules.MaxQuantityPerLine}.");
            }

            var price = r.Fen(items[i], "unit_price_fen", path + ".unit_price_fen", required: true);
            var title = r.Text(items[i], "title", path + ".title", required: false);
            lines.Add(new WebStoreLine(sku, quantity is { } n and >= 0 and <= int.MaxValue ? (int)n : 0, price ?? 0, title));
        }

        return lines;
    }

    private static WebStoreAddress? ReadAddress(Reader r, JsonElement json)
    {
        const string Path = "shipping_address";
        if (!json.TryGetProperty(Path, out var a) || a.ValueKind == JsonValueKind.Null)
        {
            r.Invalid(Path, "required: recipient, phone, province, city, detail (district optional).");
            return null;
        }

        if (a.ValueKind != JsonValueKind.Object)
        {
            r.Malformed(Path, $"a JSON object, not {Kind(a)}");
            return null;
        }

        return new WebStoreAddress(
            r.Text(a, "recipient", Path + ".recipient", required: true),
            r.Text(a, "phone", Path + ".phone", required: true),
            r.Text(a, "province", Path + ".province", required: true),
            r.Text(a, "city", Path + ".city", required: true),
            r.Text(a, "district", Path + ".district", required: false),
            r.Text(a, "detail", Path + ".detail", required: true));
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Collects errors while reading; every accessor answers null for a value that is absent or wrong.</summary>
    private sealed class Reader
    {
        private readonly List<WebhookFieldError> _errors = [];
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private bool _malformed;

        public bool Has(string path) => _reported.Contains(path);

        public void Invalid(string path, string message)
        {
            _reported.Add(path);
            _errors.Add(new WebhookFieldError(path, message));
        }

        public void Malformed(string path, string message)
        {
            _malformed = true;
            Invalid(path, message);
        }

        public WebStoreOrderRead Result(WebStoreOrder? order) => new(order, [.. _errors], _malformed || order is null);

        public string? Text(JsonElement obj, string name, string path, bool required)
        {
            if (!Present(obj, name, path, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Malformed(path, $"a string, not {Kind(value)}.");
                return null;
            }

            var text = value.GetString();
            if (required && string.IsNullOrWhiteSpace(text))
            {
                Invalid(path, "required, and not blank.");
                return null;
            }

            return text;
        }

        public DateTimeOffset? Time(JsonElement obj, string name, string path, bool required)
        {
            if (!Present(obj, name, path, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String || !WebStoreProtocol.TryParseTime(value.GetString(), out var instant))
            {
                Malformed(path, "an RFC 3339 time with an offset, e.g. 2024-05-01T08:00:00+08:00 or 2024-05-01T00:00:00Z.");
                return null;
            }

            return instant;
        }

        public long? Integer(JsonElement obj, string name, string path, bool required)
        {
            if (!Present(obj, name, path, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
            {
                Malformed(path, "a JSON integer.");
                return null;
            }

            return number;
        }

        /// <summary>An amount: a non-negative JSON integer of fen (1/100 yuan), so no amount is ever rounded.</summary>
        public long? Fen(JsonElement obj, string name, string path, bool required)
        {
            if (!Present(obj, name, path, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var fen))
            {
                Malformed(path, "an amount in fen: a JSON integer (16800 for 168.00 yuan), not a decimal or a string.");
                return null;
            }

            if (fen < 0)
            {
                Invalid(path, "not negative.");
                return null;
            }

            return fen;
        }

        public List<JsonElement>? Array(JsonElement obj, string name, string path)
        {
            if (!Present(obj, name, path, required: true, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Malformed(path, $"a JSON array, not {Kind(value)}.");
                return null;
            }

            return [.. value.EnumerateArray()];
        }

        private bool Present(JsonElement obj, string name, string path, bool required, out JsonElement value)
        {
            if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
            {
                return true;
            }

            if (required)
            {
                Invalid(path, "required.");
            }

            return false;
        }
    }
}
