using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.Douyin;

/// <summary>
/// Douyin shop error codes (<c>code</c>, <c>sub_code</c>; 10000 is success) → what to do, from the
/// platform's error-code table as reproduced in a public PHP Doudian SDK's error map
/// (<c>Imactool\Jinritemai\Error\ErrorCode</c>). Sub-codes decide first where they are specific.
/// </summary>
public static class DouyinErrorClassifier
{
    public static IReadOnlyDictionary<string, PlatformErrorClass> Codes { get; } =
        new Dictionary<string, PlatformErrorClass>(StringComparer.Ordinal)
        {
            ["20000"] = PlatformErrorClass.Retryable,   // 服务不可用
            ["20001"] = PlatformErrorClass.Retryable,   // 内部服务超时
            ["60000"] = PlatformErrorClass.Retryable,   // 触发限流, 请稍后重试
            ["30002"] = PlatformErrorClass.Permanent,   // 请求来源IP不可信 (IP allow-list)
            ["40001"] = PlatformErrorClass.Permanent,   // 缺少必选参数 (平台校验)
            ["40002"] = PlatformErrorClass.Permanent,   // 缺少必选参数 (业务校验)
            ["40004"] = PlatformErrorClass.Permanent,   // 非法的参数 (业务校验)
            ["70000"] = PlatformErrorClass.Permanent,   // 接口服务已下线
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, PlatformErrorClass> SubCodes { get; } =
        new Dictionary<string, PlatformErrorClass>(StringComparer.Ordinal)
        {
            ["isv.access-token-expired"] = PlatformErrorClass.AuthExpired,     // access_token已过期
            ["isv.access-token-no-existed"] = PlatformErrorClass.AuthExpired,  // access_token不存在, 请使用最新的
            ["dop.authorization-no-existed"] = PlatformErrorClass.AuthExpired, // 店铺授权已失效, 请重新授权 (refresh will not fix it)
            ["dop.authorization-closed"] = PlatformErrorClass.AuthExpired,     // 店铺授权已被关闭
            ["isv.access-token-invalid"] = PlatformErrorClass.Permanent,       // app_key和access_token不匹配
            ["isv.signature-invalid"] = PlatformErrorClass.Permanent,          // 签名校验失败
            ["isv.parameter-format-invalid"] = PlatformErrorClass.Permanent,   // 业务参数json解析失败
            ["isv.timestamp-invalid"] = PlatformErrorClass.Permanent,          // 时间戳不合法
            ["isv.app-permissions-insufficient"] = PlatformErrorClass.Permanent, // 应用无权限调用该接口
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
