namespace OrderActors.Grains.Channels.WebStore;

/// <summary>
/// The <c>shipping_address</c> of a web store order. <see cref="Province"/> and <see cref="City"/> are
/// names as the store writes them (浙江省, 杭州市) or GB/T 2260 codes; resolving them is the order's job.
/// </summary>
internal sealed record WebStoreAddress(string? Recipient, string? Phone, string? Province, string? City, string? District, string? Detail);
