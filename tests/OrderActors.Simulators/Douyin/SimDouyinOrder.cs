namespace OrderActors.Simulators.Douyin;

/// <summary>
/// A shop order as seeded through the admin API: amounts in fen and instants, which the simulator writes
/// the way Douyin does (integers in fen, Unix seconds, the receiver as ciphertext). <paramref name="VisibleAt"/>:
/// the order shows up in no answer before then, although its update time may be older (a platform whose
/// index lags). <paramref name="ListOmitsDetail"/>: the list shows the order without its lines and address,
/// so only <c>order.orderDetail</c> has them (a test switch for "the list is partial").
/// </summary>
public sealed record SimDouyinOrder(
    string OrderId,
    long OrderStatus,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    DateTimeOffset? PayTime,
    long OrderAmountFen,
    long PayAmountFen,
    long PostAmountFen,
    SimDouyinAddress Receiver,
    IReadOnlyList<SimDouyinSkuOrder> Lines,
    DateTimeOffset? VisibleAt = null,
    bool ListOmitsDetail = false);

/// <summary>The receiver in clear; the simulator only ever sends the name, phone and detail encrypted.</summary>
public sealed record SimDouyinAddress(string Name, string Tel, string Province, string City, string Town, string Street, string Detail);

/// <summary>One SKU order (line) of a shop order.</summary>
/// <param name="Code">The seller's SKU code (商家编码), written as <c>code</c>.</param>
/// <param name="OriginAmountFen">Unit price (<c>origin_amount</c>).</param>
/// <param name="AfterSaleStatus"><c>after_sale_info.after_sale_status</c> (0: none).</param>
/// <param name="RefundStatus"><c>after_sale_info.refund_status</c> (0: none; 1 待退款, 3 退款成功, 4 退款失败).</param>
public sealed record SimDouyinSkuOrder(
    string OrderId,
    long ProductId,
    long SkuId,
    string? Code,
    string? OutSkuId,
    string ProductName,
    int ItemNum,
    long OriginAmountFen,
    long PayAmountFen,
    long AfterSaleStatus = 0,
    long RefundStatus = 0);

/// <summary>A change to a seeded order: a new order status, after-sale and refund status on every line, and update time (now when not given).</summary>
public sealed record SimDouyinOrderChange(long? OrderStatus = null, long? AfterSaleStatus = null, long? RefundStatus = null, DateTimeOffset? UpdateTime = null);
