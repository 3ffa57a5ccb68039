namespace OrderActors.Grains.Channels.Taobao;

/// <summary>
/// The shipping address of a trade, from the Trade <c>receiver_*</c> fields. <see cref="State"/> is the
/// province as the platform writes it (e.g. 浙江省); resolving it to a region code is the connector's job.
/// </summary>
internal sealed record TopReceiver(
    string? Name,
    string? Mobile,
    string? Phone,
    string? State,
    string? City,
    string? District,
    string? Address,
    string? Zip);
