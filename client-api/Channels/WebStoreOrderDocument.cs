using System.Text.Json.Serialization;

namespace OrderActors.ClientApi.Channels;

/// <summary>
/// The order object a web store pushes to its webhook (and lists in its order API), for the OpenAPI
/// description: the receiver reads the raw body itself, since the signature covers its exact bytes.
/// docs/channels-webstore.md is the contract.
/// </summary>
/// <param name="Id">The store's order id, 1-64 letters, digits, '.', '-' or '_': the order becomes <c>web:{shop}:{id}</c>.</param>
/// <param name="Status">pending_payment, paid, on_hold, partially_shipped, shipped, delivered, completed, cancelled, refund_requested or refunded.</param>
/// <param name="CreatedAt">RFC 3339 with an offset.</param>
/// <param name="UpdatedAt">RFC 3339 with an offset: the order's version; only a newer one changes the order.</param>
/// <param name="PaidAt">Required once paid (every status from paid on).</param>
/// <param name="Currency">CNY when given.</param>
/// <param name="TotalFen">What the buyer paid in all, in fen (an integer).</param>
/// <param name="ShippingFen">Postage in fen.</param>
public sealed record WebStoreOrderDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("updated_at")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("paid_at")] DateTimeOffset? PaidAt,
    [property: JsonPropertyName("currency")] string? Currency,
    [property: JsonPropertyName("total_fen")] long? TotalFen,
    [property: JsonPropertyName("shipping_fen")] long? ShippingFen,
    [property: JsonPropertyName("lines")] IReadOnlyList<WebStoreLineDocument> Lines,
    [property: JsonPropertyName("shipping_address")] WebStoreAddressDocument ShippingAddress);

/// <summary>One line: the seller's SKU code, how many, and the unit price in fen (an integer).</summary>
public sealed record WebStoreLineDocument(
    [property: JsonPropertyName("sku")] string Sku,
    [property: JsonPropertyName("quantity")] int Quantity,
    [property: JsonPropertyName("unit_price_fen")] long UnitPriceFen,
    [property: JsonPropertyName("title")] string? Title);

/// <summary>Where the parcel goes; province and city as names (浙江省, 杭州市) or GB/T 2260 codes.</summary>
public sealed record WebStoreAddressDocument(
    [property: JsonPropertyName("recipient")] string Recipient,
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("province")] string Province,
    [property: JsonPropertyName("city")] string City,
    [property: JsonPropertyName("district")] string? District,
    [property: JsonPropertyName("detail")] string Detail);
