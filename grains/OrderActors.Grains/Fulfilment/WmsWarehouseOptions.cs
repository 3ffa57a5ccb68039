namespace OrderActors.Grains.Fulfilment;

/// <summary>One warehouse's WMS webhook.</summary>
public sealed class WmsWarehouseOptions
{
    /// <summary>The shared HMAC secret (32-256 characters; its UTF-8 bytes are the key). Environment only in production.</summary>
    public string? Secret { get; set; }
}
