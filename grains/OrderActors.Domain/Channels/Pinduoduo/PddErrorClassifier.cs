using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.Pinduoduo;

/// <summary>
/// Pinduoduo error codes (<c>error_response.error_code</c>; the <c>sub_code</c> repeats or refines it)
/// → what to do. The codes and their meanings are those of the "返回错误码说明" table that Pinduoduo
/// prints on its order API pages (订单信息查询权限包), as reproduced in a public copy of those pages on
/// apifox; 70031 and the retry advice for 52101–52103 are also in the public Node SDK
/// <c>lywzx/pdd-node-sdk</c> (<c>PddResponseException.retryAble</c>, which refreshes only on 10019).
/// </summary>
/// <remarks>
/// Not classified, because their right handling was not confirmed: 50000 (系统内部错误), 50002
/// (业务系统内部异常), 52001 (网关业务服务错误) and 52002 (网关系统内部异常): Pinduoduo's advice is to
/// contact its support, and the Node SDK does not retry them, so a blind retry is not ours to choose.
/// 20032 (access_token或client_id错误) is taken as AuthExpired: the token is not (or no longer) one the
/// platform accepts for this app, and a refresh — or, if that is refused too, a new authorisation — is
/// the only thing that can help; a wrong client_id is reported first as 10016.
/// </remarks>
public static class PddErrorClassifier
{
    public static IReadOnlyDictionary<string, PlatformErrorClass> Codes { get; } =
        new Dictionary<string, PlatformErrorClass>(StringComparer.Ordinal)
        {
            ["10019"] = PlatformErrorClass.AuthExpired,   // access_token已过期
            ["20032"] = PlatformErrorClass.AuthExpired,   // access_token或client_id错误 (see remarks)
            ["52101"] = PlatformErrorClass.Retryable,     // 当前接口被限流, 请稍后重试
            ["52102"] = PlatformErrorClass.Retryable,     // 当前接口暂时不可用, 请稍后重试 (降级)
            ["52103"] = PlatformErrorClass.Retryable,     // 服务暂时不可用, 请稍后重试
            ["70031"] = PlatformErrorClass.Retryable,     // 调用过于频繁, 请调整调用频率
            ["10000"] = PlatformErrorClass.Permanent,     // 参数错误
            ["10001"] = PlatformErrorClass.Permanent,     // 公共参数错误
            ["10016"] = PlatformErrorClass.Permanent,     // client下线或者clientId不正确
            ["10017"] = PlatformErrorClass.Permanent,     // type不正确
            ["10018"] = PlatformErrorClass.Permanent,     // target_client_id下线或者不正确
            ["20004"] = PlatformErrorClass.Permanent,     // 签名sign校验失败
            ["20005"] = PlatformErrorClass.Permanent,     // ip无权访问接口, 请加入ip白名单
            ["20031"] = PlatformErrorClass.Permanent,     // 用户没有授权访问此接口
            ["20034"] = PlatformErrorClass.Permanent,     // 接口处于下线状态
            ["20035"] = PlatformErrorClass.Permanent,     // 接口不属于当前网关
            ["21001"] = PlatformErrorClass.Permanent,     // 请求参数错误 (业务参数)
            ["21002"] = PlatformErrorClass.Permanent,     // 请求参数不能为空
            ["30000"] = PlatformErrorClass.Permanent,     // 没有调用此target接口权限
            ["30001"] = PlatformErrorClass.Permanent,     // client_id和partner_id不匹配
            ["52004"] = PlatformErrorClass.Permanent,     // 请求body太大
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformErrorClass Classify(PlatformError error) =>
        Codes.GetValueOrDefault(error.Code.Trim(), PlatformErrorClass.Unclassified);
}
