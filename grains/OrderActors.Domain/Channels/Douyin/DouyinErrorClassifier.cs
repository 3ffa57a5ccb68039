using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.Douyin;

/// <summary>
/// Douyin shop error codes (<c>code</c>, <c>sub_code</c>; 10000 is success) → what to do. Sources: the
/// platform's "平台基础错误码汇总" (<c>op.jinritemai.com/docs/guide-docs/212/1427</c>) as reproduced in
/// public SDKs — the error map of a public PHP Doudian SDK (<c>Imactool\Jinritemai\Error\ErrorCode</c>),
/// the <c>ErrNoConstant</c> table of another (<c>AK\DoudianSDK</c>), and the status/sub-status constants of
/// a Java client that cites that page. Sub-codes decide first where they are specific: 40003 covers
/// both "your token expired" and "your signature is wrong", so the code alone decides nothing there.
/// </summary>
/// <remarks>
/// The refresh-token sub-codes (<c>dop.token-generate-failed:token-expired</c> / <c>:token-invalid</c>,
/// and <c>isv.business-failed:31009</c>, 50002) come from the token endpoint: from a refresh,
/// AuthExpired means the seller has to authorise the app again. <c>isv.business-failed:31009</c> rests
/// on one public SDK's constant only. Not classified, because their meaning varies by sub-code:
/// 40003 without a known sub-code, 50001 and 50002 (platform/business processing failed), 90000.
/// </remarks>
public static class DouyinErrorClassifier
{
    public static IReadOnlyDictionary<string, PlatformErrorClass> Codes { get; } =
        new Dictionary<string, PlatformErrorClass>(StringComparer.Ordinal)
        {
            ["20000"] = PlatformErrorClass.Retryable,   // 服务不可用
            ["20001"] = PlatformErrorClass.Retryable,   // 内部服务超时
            ["60000"] = PlatformErrorClass.Retryable,   // 触发限流, 请稍后重试
            ["30001"] = PlatformErrorClass.Permanent,   // 操作权限不足 (the authorisation sub-codes below override)
            ["30002"] = PlatformErrorClass.Permanent,   // 请求来源IP不可信 (IP allow-list)
            ["40001"] = PlatformErrorClass.Permanent,   // 缺少必选参数 (平台校验)
            ["40002"] = PlatformErrorClass.Permanent,   // 缺少必选参数 (业务校验)
            ["40004"] = PlatformErrorClass.Permanent,   // 非法的参数 (业务校验)
            ["70000"] = PlatformErrorClass.Permanent,   // 接口服务已下线
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, PlatformErrorClass> SubCodes { get; } =
        new Dictionary<string, PlatformErrorClass>(StringComparer.Ordinal)
        {
            ["isv.traffic-limited"] = PlatformErrorClass.Retryable,            // 请求太频繁, 请稍后重试 (60000)
            ["dop.service-error"] = PlatformErrorClass.Retryable,              // 服务调用失败, 请稍后重试 (20000)
            ["isv.access-token-expired"] = PlatformErrorClass.AuthExpired,     // access_token已过期
            ["isv.access-token-no-existed"] = PlatformErrorClass.AuthExpired,  // access_token不存在, 请使用最新的
            ["dop.authorization-no-existed"] = PlatformErrorClass.AuthExpired, // 店铺授权已失效, 请重新授权 (refresh will not fix it)
            ["dop.authorization-closed"] = PlatformErrorClass.AuthExpired,     // 店铺授权已被关闭
            ["dop.token-generate-failed:token-expired"] = PlatformErrorClass.AuthExpired,    // 生成token失败, token已过期 (refresh token)
            ["dop.token-generate-failed:token-invalid"] = PlatformErrorClass.AuthExpired,    // 生成token失败, token不存在 (refresh token)
            ["dop.token-generate-failed:no-authorization"] = PlatformErrorClass.AuthExpired, // 店铺授权已失效, 请重新引导商家完成店铺授权
            ["isv.business-failed:31009"] = PlatformErrorClass.AuthExpired,    // 生成token失败, token不存在 (one SDK's constant)
            ["isv.access-token-invalid"] = PlatformErrorClass.Permanent,       // app_key和access_token不匹配
            ["isv.access-token-missing"] = PlatformErrorClass.Permanent,       // access_token不能为空: our request lacked it
            ["isv.signature-invalid"] = PlatformErrorClass.Permanent,          // 签名校验失败
            ["isv.signature-missing"] = PlatformErrorClass.Permanent,          // 获取签名失败
            ["isv.app-id-missing"] = PlatformErrorClass.Permanent,             // 认证失败, app_key不存在
            ["isv.app-id-invalid"] = PlatformErrorClass.Permanent,             // app_key格式不正确
            ["isv.app-id-expired"] = PlatformErrorClass.Permanent,             // app_key已过期失效
            ["isv.parameter-invalid"] = PlatformErrorClass.Permanent,          // 参数错误
            ["isv.parameter-format-invalid"] = PlatformErrorClass.Permanent,   // 业务参数json解析失败
            ["isv.timestamp-invalid"] = PlatformErrorClass.Permanent,          // 时间戳不合法
            ["isv.timestamp-format-error"] = PlatformErrorClass.Permanent,     // 时间戳格式错误
            ["isv.app-permissions-insufficient"] = PlatformErrorClass.Permanent, // 应用无权限调用该接口
            ["dop.app-forbidden"] = PlatformErrorClass.Permanent,              // 应用已被系统禁用
            ["dop.token-generate-failed:app-secret-invalid"] = PlatformErrorClass.Permanent, // app_key不存在或者与app_secret不匹配
            ["dop.token-generate-failed:grant-type-invalid"] = PlatformErrorClass.Permanent, // grant_type参数取值不正确
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformErrorClass Classify(PlatformError error)
    {
        if (error.SubCode is { } sub && SubCodes.TryGetValue(sub.Trim(), out var bySub))
        {
            return bySub;
        }

        return Codes.GetValueOrDefault(error.Code.Trim(), PlatformErrorClass.Unclassified);
    }
}
