namespace OrderActors.Grains.Channels.Jd;

/// <summary>
/// <c>consigneeInfo</c> of a JD order: the receiver. Province, city and county are names as JD writes them
/// (e.g. 北京, 朝阳区); <see cref="FullAddress"/> is JD's whole address line, which already contains them.
/// </summary>
internal sealed record JdConsignee(
    string? Fullname,
    string? Mobile,
    string? Telephone,
    string? Province,
    string? City,
    string? County,
    string? Town,
    string? FullAddress);
