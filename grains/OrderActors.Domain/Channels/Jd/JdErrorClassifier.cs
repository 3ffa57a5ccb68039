using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.Jd;

/// <summary>
/// JOS gateway error codes → what to do, from JD's "网关系统错误码" table as reproduced by an ERP
/// vendor's article (2 "App Call Limited", 8 "Invalid Timestamp", 12 "Invalid Signature", …). Two
/// more come from JOS answers quoted in public client code (not from JD's own table, so they are
/// marked): 19 <c>{"code":"19","zh_desc":"token已过期或者不存在，请重新授权访问","en_desc":"Invalid access_token"}</c>,
/// one code for an expired and an unknown token alike, and 21 <c>"en_desc":"Invalid app_key"</c>.
/// Business failures come back inside the answer (<c>apiResult.success=false</c>), not as gateway codes.
/// </summary>
public static class JdErrorClassifier
{
    public static IReadOnlyDictionary<string, PlatformErrorClass> Codes { get; } =
        new Dictionary<string, PlatformErrorClass>(StringComparer.Ordinal)
        {
            ["2"] = PlatformErrorClass.Retryable,    // App Call Limited (限制时间内调用失败次数; JD advises calling again later)
            ["4"] = PlatformErrorClass.Permanent,    // Missing Version
            ["5"] = PlatformErrorClass.Permanent,    // Unsupported Version
            ["7"] = PlatformErrorClass.Permanent,    // Missing Timestamp
            ["8"] = PlatformErrorClass.Permanent,    // Invalid Timestamp (JD allows 6 minutes of clock skew)
            ["11"] = PlatformErrorClass.Permanent,   // Missing Signature
            ["12"] = PlatformErrorClass.Permanent,   // Invalid Signature
            ["14"] = PlatformErrorClass.Permanent,   // Missing Method
            ["15"] = PlatformErrorClass.Permanent,   // Invalid Method
            ["19"] = PlatformErrorClass.AuthExpired, // Invalid access_token: expired or unknown (quoted answers, see above)
            ["21"] = PlatformErrorClass.Permanent,   // Invalid app_key (quoted answers, see above)
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformErrorClass Classify(PlatformError error) =>
        Codes.GetValueOrDefault(error.Code.Trim(), PlatformErrorClass.Unclassified);
}
