namespace OrderActors.Simulators.Pdd;

/// <summary>
/// A Pinduoduo order as seeded through the admin API: amounts in fen and instants, which the simulator
/// writes on the wire the way Pinduoduo does (yuan numbers, China-time strings, receiver encrypted).
/// <paramref name="VisibleAt"/>: the order shows up in no answer before then, although its updated_at may
/// be older (a platform whose index lags). <paramref name="IsLuckyFlag"/>: 1 an ordinary order, 2 a lottery order.
/// </summary>
public sealed record PddSimOrder(
    string OrderSn,
    int OrderStatus,
    int RefundStatus,
    DateTimeOffset CreatedTime,
    DateTimeOffset ConfirmTime,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PayTime,
    long GoodsAmountFen,
    long PayAmountFen,
    long PostageFen,
    long DiscountAmountFen,
    PddSimReceiver Receiver,
    IReadOnlyList<PddSimItem> Items,
    int RiskControlStatus = 0,
    int IsLuckyFlag = 1,
    DateTimeOffset? VisibleAt = null);

/// <summary>The receiver in clear; the simulator encrypts and masks name, phone and street on the wire.</summary>
/// <param name="Town">The district (区县), as Pinduoduo calls it.</param>
/// <param name="Address">The street, without province, city and district.</param>
public sealed record PddSimReceiver(string Name, string Phone, string Province, string City, string Town, string Address);

/// <summary>One item_list element.</summary>
public sealed record PddSimItem(
    long GoodsId,
    long SkuId,
    string GoodsName,
    string GoodsSpec,
    string? OuterGoodsId,
    string? OuterId,
    int GoodsCount,
    long GoodsPriceFen);

/// <summary>A change to a seeded order: new statuses, and updated_at (now when not given).</summary>
public sealed record PddSimOrderChange(int? OrderStatus = null, int? RefundStatus = null, int? RiskControlStatus = null, DateTimeOffset? UpdatedAt = null);
