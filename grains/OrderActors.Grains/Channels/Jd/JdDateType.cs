namespace OrderActors.Grains.Channels.Jd;

/// <summary>
/// <c>dateType</c> of <c>jingdong.pop.order.search</c>: "0按修改时间查询，1为按订单创建时间查询；其它数字同0"
/// (documented in the API's parameter description).
/// </summary>
internal enum JdDateType
{
    /// <summary>By the order's modified time (status or waybill changes), JD's default.</summary>
    Modified = 0,

    /// <summary>By the order's creation time.</summary>
    Created = 1,
}
