using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.Taobao;

/// <summary>
/// TOP error codes (<c>error_response.code</c>, with <c>sub_code</c>) → what to do. Only codes whose
/// meaning was confirmed: the TOP platform error table (code and English message, as reproduced in
/// public code, e.g. 7 "App Call Limited", 27 "Invalid Session") and the access-control sub-codes
/// quoted with TOP's "API access count limitation" page. Not included, because not confirmed here:
/// a blanket rule for <c>isp.*</c> (platform-side) vs <c>isv.*</c> (caller-side) sub-codes, and
/// code 15 "Remote service error", whose retryability depends on its sub-code.
/// </summary>
public static class TopErrorClassifier
{
    public static IReadOnlyDictionary<string, PlatformErrorClass> Codes { get; } =
        new Dictionary<string, PlatformErrorClass>(StringComparer.Ordinal)
        {
            ["7"] = PlatformErrorClass.Retryable,     // App Call Limited
            ["10"] = PlatformErrorClass.Retryable,    // Service Currently Unavailable
            ["26"] = PlatformErrorClass.Permanent,    // Missing Session: our request lacked it
            ["27"] = PlatformErrorClass.AuthExpired,  // Invalid Session
            ["11"] = PlatformErrorClass.Permanent,    // Insufficient ISV Permissions
            ["12"] = PlatformErrorClass.Permanent,    // Insufficient User Permissions
            ["21"] = PlatformErrorClass.Permanent,    // Missing Method
            ["22"] = PlatformErrorClass.Permanent,    // Invalid Method
            ["25"] = PlatformErrorClass.Permanent,    // Invalid Signature
            ["29"] = PlatformErrorClass.Permanent,    // Invalid App Key
            ["31"] = PlatformErrorClass.Permanent,    // Invalid Timestamp (our clock or format)
            ["40"] = PlatformErrorClass.Permanent,    // Missing Required Arguments
            ["41"] = PlatformErrorClass.Permanent,    // Invalid Arguments
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Sub-code prefixes of TOP's flow control (limited-by-app / -api / -app-api access count).</summary>
    private const string AccessControlLimitPrefix = "accesscontrol.limited-by-";

    public static PlatformErrorClass Classify(PlatformError error)
    {
        if (error.SubCode?.StartsWith(AccessControlLimitPrefix, StringComparison.Ordinal) == true)
        {
            return PlatformErrorClass.Retryable;
        }

        return Codes.GetValueOrDefault(error.Code.Trim(), PlatformErrorClass.Unclassified);
    }
}
