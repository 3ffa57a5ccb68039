using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.ClientApi.Orders;

/// <summary>An order to submit.</summary>
/// <param name="Channel">web (own store, default), taobao, tmall, jd, pdd or douyin.</param>
/// <param name="Shop">The shop on that channel.</param>
/// <param name="PlatformOrderId">The marketplace's order id; required for marketplace channels. Own-store orders use the Idempotency-Key header.</param>
/// <param name="PaidAt">When the buyer paid; the server's time when omitted, unless <paramref name="AwaitingPayment"/>.</param>
/// <param name="AwaitingPayment">True for an order recorded before payment (status Created).</param>
/// <param name="OnShortfall">reject (default): refuse when no warehouse has the stock; backorder: keep it paid and waiting.</param>
public sealed record SubmitOrderRequest(
    string? Channel,
    string? Shop,
    string? PlatformOrderId,
    IReadOnlyList<OrderLineRequest>? Lines,
    AddressRequest? Address,
    DateTimeOffset? PaidAt,
    bool AwaitingPayment,
    string? OnShortfall)
{
    public const int MaxLines = 200;

    /// <summary>Checks the shape of the request; returns the errors by field, or the order id and command.</summary>
    public Dictionary<string, string[]> Validate(string? idempotencyKey, TimeProvider time, out string? orderId, out SubmitOrder? command)
    {
        var errors = new Dictionary<string, string[]>();
        orderId = null;
        command = null;

        var channel = string.IsNullOrWhiteSpace(Channel) ? "web" : Channel.Trim();
        var isWeb = string.Equals(channel, "web", StringComparison.OrdinalIgnoreCase);
        var externalId = isWeb ? idempotencyKey : PlatformOrderId;
        var idField = isWeb ? "Idempotency-Key" : "platformOrderId";
        if (!SalesChannels.TryParse(channel, out _))
        {
            errors["channel"] = [$"Unknown channel '{channel}'. Known channels: {string.Join(", ", SalesChannels.Codes)}."];
        }

        if (!Codes.IsValidShop(Shop))
        {
            errors["shop"] = [$"A shop is 1-{Codes.MaxShopLength} letters, digits, '.', '-' or '_'."];
        }

        if (string.IsNullOrWhiteSpace(externalId))
        {
            errors[idField] = [isWeb
                ? "Own-store orders need an Idempotency-Key header (e.g. a UUID) so a retry cannot create a second order."
                : "Marketplace orders need the platform's order id."];
        }
        else if (!Codes.IsValidPlatformOrderId(externalId))
        {
            errors[idField] = [$"Use 1-{Codes.MaxPlatformOrderIdLength} letters, digits, '.', '-' or '_'."];
        }

        if (errors.Count == 0 && OrderId.TryCreate(channel, Shop, externalId, out var id, out _))
        {
            orderId = id.ToString();
        }

        var policy = ShortfallPolicy.Reject;
        if (OnShortfall is not null && !Enum.TryParse(OnShortfall, ignoreCase: true, out policy))
        {
            errors["onShortfall"] = ["Use 'reject' or 'backorder'."];
        }

        ValidateLines(errors);
        ValidateAddress(errors);
        if (PaidAt is not null && AwaitingPayment)
        {
            errors["paidAt"] = ["An order awaiting payment has no payment time."];
        }

        if (errors.Count == 0)
        {
            command = new SubmitOrder(
                [.. Lines!.Select(l => new OrderLine(l.Sku!.Trim(), l.Quantity, l.UnitPriceFen))],
                new ShippingAddress(Address!.Recipient!.Trim(), Address.Phone!.Trim(), Address.Province!.Trim(), Address.City!.Trim(), Address.District?.Trim(), Address.Detail!.Trim()),
                AwaitingPayment ? null : PaidAt ?? time.GetUtcNow(),
                policy);
        }

        return errors;
    }

    private void ValidateLines(Dictionary<string, string[]> errors)
    {
        if (Lines is null || Lines.Count == 0)
        {
            errors["lines"] = ["An order needs at least one line."];
            return;
        }

        if (Lines.Count > MaxLines)
        {
            errors["lines"] = [$"An order has at most {MaxLines} lines."];
            return;
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line is null)
            {
                errors[$"lines[{i}]"] = ["A line is required."];
                continue;
            }

            if (!Codes.IsValidSku(line.Sku?.Trim()))
            {
                errors[$"lines[{i}].sku"] = [$"A SKU code is 1-{Codes.MaxSkuLength} letters, digits, '.', '-' or '_'."];
            }

            if (line.Quantity <= 0)
            {
                errors[$"lines[{i}].quantity"] = ["Quantity must be a positive whole number."];
            }
            else if (line.Quantity > 100_000)
            {
                errors[$"lines[{i}].quantity"] = ["Quantity must be at most 100000 per line."];
            }

            if (line.UnitPriceFen < 0)
            {
                errors[$"lines[{i}].unitPriceFen"] = ["The price must not be negative."];
            }
        }
    }

    private void ValidateAddress(Dictionary<string, string[]> errors)
    {
        if (Address is null)
        {
            errors["address"] = ["A shipping address is required."];
            return;
        }

        Require(Address.Recipient, "address.recipient");
        Require(Address.Phone, "address.phone");
        Require(Address.Province, "address.province");
        Require(Address.City, "address.city");
        Require(Address.Detail, "address.detail");

        void Require(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = ["Required."];
            }
        }
    }
}

public sealed record OrderLineRequest(string? Sku, int Quantity, long UnitPriceFen);

/// <summary>Where the parcel goes. Province: GB/T 2260 code (330000), Chinese (浙江省) or pinyin (Zhejiang) name.</summary>
public sealed record AddressRequest(string? Recipient, string? Phone, string? Province, string? City, string? District, string? Detail);

