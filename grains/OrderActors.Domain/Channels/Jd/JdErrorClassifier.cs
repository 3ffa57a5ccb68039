using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.Jd;

/// <summary>
/// JOS gateway error codes → what to do, from JD's "网关系统错误码" table as reproduced by an ERP
/// vendor's article (2 "App Call Limited", 8 "Invalid Timestamp", 12 "Invalid Signature", …). The
/// codes JD uses for an expired or invalid access_token were not confirmed here, so no code maps to
/// AuthExpired yet: such errors come back Unclassified and the connector must treat them as such.
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
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformErrorClass Classify(PlatformError error) =>
        Codes.GetValueOrDefault(error.Code.Trim(), PlatformErrorClass.Unclassified);
}
