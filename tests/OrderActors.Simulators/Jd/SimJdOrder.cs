namespace OrderActors.Simulators.Jd;

/// <summary>
/// A JD POP order as seeded through the admin API: amounts in fen and instants, which the simulator
/// writes on the wire the way JOS does (yuan strings, GMT+8 times, ids as strings).
/// <paramref name="VisibleAt"/>: the order shows up in no answer before then, although its modified
/// time may be older (a platform whose search index lags).
/// </summary>
/// <param name="PaidAt">paymentConfirmTime; null is written as JD's "0001-01-01 00:00:00".</param>
/// <param name="EndedAt">orderEndTime; null is written as "0001-01-01 00:00:00" (documented: not finished).</param>
public sealed record SimJdOrder(
    long OrderId,
    string OrderState,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    DateTimeOffset? PaidAt,
    long TotalPriceFen,
    long SellerPriceFen,
    long PaymentFen,
    long FreightFen,
    long SellerDiscountFen,
    string Pin,
    SimJdConsignee Consignee,
    IReadOnlyList<SimJdItem> Items,
    string? OrderRemark = null,
    DateTimeOffset? EndedAt = null,
    DateTimeOffset? VisibleAt = null);

/// <summary>consigneeInfo of an order.</summary>
public sealed record SimJdConsignee(string Fullname, string Mobile, string? Telephone, string Province, string City, string County, string? Town, string FullAddress);

/// <summary>One entry of itemInfoList.</summary>
public sealed record SimJdItem(long SkuId, string? OuterSkuId, string? ProductNo, string SkuName, long WareId, long JdPriceFen, int ItemTotal);

/// <summary>A change to a seeded order: a new orderState and modified time (now when not given).</summary>
public sealed record SimJdOrderChange(string? OrderState = null, DateTimeOffset? Modified = null);
