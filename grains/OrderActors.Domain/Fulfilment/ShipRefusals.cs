using System.Collections.Frozen;

namespace OrderActors.Domain.Fulfilment;

/// <summary>
/// The business refusals of each platform's ship call that retrying cannot fix: the order is unknown,
/// cancelled or refunded on the platform, the carrier code or the waybill is refused, or the order already
/// left with another waybill. Connectors turn them into permanent failures; the simulators answer with
/// them. Sources per entry (docs/channel-shipments.md): Douyin's sub-codes are quoted from a public SDK's
/// return-code table for its logistics calls; the others are chosen, because the platforms' ship error
/// tables could not be read from here.
/// </summary>
public static class ShipRefusals
{
    /// <summary>TOP answers business failures as code 15 with these sub-codes (chosen).</summary>
    public const string TopTradeNotFound = "isv.logistics-offline-service-error:TRADE_NOT_EXIST";
    public const string TopTradeClosed = "isv.logistics-offline-service-error:TRADE_STATUS_ERROR";
    public const string TopUnknownCompany = "isv.logistics-offline-service-error:COMPANY_NOT_EXIST";
    public const string TopConsignedOtherwise = "isv.logistics-offline-service-error:ALREADY_CONSIGNED";

    /// <summary>JOS puts them in <c>sopjosshipment_result.errorCode</c> with <c>success=false</c> (chosen codes).</summary>
    public const string JdOrderNotFound = "10100";
    public const string JdOrderClosed = "10101";
    public const string JdUnknownCompany = "10102";
    public const string JdShippedOtherwise = "10103";

    /// <summary>Pinduoduo: <c>error_response</c> with error_code 21001 (请求参数错误, documented as a caller error) and these sub-codes (chosen).</summary>
    public const string PddErrorCode = "21001";
    public const string PddOrderNotFound = "order_not_exist";
    public const string PddOrderClosed = "order_status_not_allow_send";
    public const string PddUnknownLogistics = "logistics_id_invalid";
    public const string PddShippedOtherwise = "order_already_send";

    /// <summary>Douyin: code 50002 / 40004 with these sub-codes (quoted, except the unknown order: chosen).</summary>
    public const string DouyinOrderNotFound = "isv.business-failed:60001";
    public const string DouyinStatusNotAllowed = "isv.business-failed:60021";
    public const string DouyinUnknownCompany = "isv.business-failed:60018";
    public const string DouyinInvalidWaybill = "isv.parameter-invalid:10002";

    public static IReadOnlySet<string> Top { get; } = FrozenSet.Create(StringComparer.Ordinal, TopTradeNotFound, TopTradeClosed, TopUnknownCompany, TopConsignedOtherwise);

    public static IReadOnlySet<string> Jd { get; } = FrozenSet.Create(StringComparer.Ordinal, JdOrderNotFound, JdOrderClosed, JdUnknownCompany, JdShippedOtherwise);

    public static IReadOnlySet<string> Pdd { get; } = FrozenSet.Create(StringComparer.Ordinal, PddOrderNotFound, PddOrderClosed, PddUnknownLogistics, PddShippedOtherwise);

    public static IReadOnlySet<string> Douyin { get; } = FrozenSet.Create(StringComparer.Ordinal, DouyinOrderNotFound, DouyinStatusNotAllowed, DouyinUnknownCompany, DouyinInvalidWaybill);
}
