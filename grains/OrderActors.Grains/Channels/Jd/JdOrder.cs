using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Jd;

namespace OrderActors.Grains.Channels.Jd;

/// <summary>
/// One JD POP order (<c>orderInfo</c>) as a typed value. JOS returns only the fields named in
/// <c>optional_fields</c>; only <c>orderId</c>, <c>orderState</c> and <c>modified</c> are required here,
/// and a field that was not returned is null, never a made-up default. Times JD writes as
/// <c>0001-01-01 00:00:00</c> or <c>1970-01-01 00:00:00</c> mean "not yet" (documented for
/// paymentConfirmTime and orderEndTime) and are null.
/// </summary>
/// <param name="OrderId">JD's order number.</param>
/// <param name="OrderState">orderState exactly as sent, e.g. <c>WAIT_SELLER_STOCK_OUT</c>.</param>
/// <param name="Modified">modified (订单更新时间): the platform's version of the order, one-second resolution.</param>
/// <param name="Created">orderStartTime (下单时间).</param>
/// <param name="PaidAt">paymentConfirmTime; null for cash on delivery before payment.</param>
/// <param name="TotalPriceFen">orderTotalPrice: goods before discounts, without freight.</param>
/// <param name="SellerPriceFen">orderSellerPrice: goods less the seller's discounts.</param>
/// <param name="PaymentFen">orderPayment: what the buyer pays, freight included.</param>
/// <param name="FreightFen">freightPrice.</param>
/// <param name="SellerDiscountFen">sellerDiscount.</param>
/// <param name="Consignee">Null when consigneeInfo was not returned.</param>
/// <param name="Items">Null when itemInfoList was not returned (a partial listing), empty when JD sent an empty list.</param>
internal sealed record JdOrder(
    string OrderId,
    string OrderState,
    DateTimeOffset Modified,
    DateTimeOffset? Created,
    DateTimeOffset? PaidAt,
    DateTimeOffset? EndedAt,
    long? TotalPriceFen,
    long? SellerPriceFen,
    long? PaymentFen,
    long? FreightFen,
    long? SellerDiscountFen,
    string? VenderId,
    string? Pin,
    string? OrderRemark,
    JdConsignee? Consignee,
    IReadOnlyList<JdItem>? Items)
{
    /// <summary>The order state in the OMS vocabulary (Unknown, with the raw code kept, when the code is new).</summary>
    public PlatformStatus MappedStatus => JdStatusMap.MapOrderState(OrderState);

    /// <summary>Whether this copy carries everything the order grain needs (lines and receiver), so no detail call is needed.</summary>
    public bool IsComplete => Items is not null && Consignee is not null;
}
