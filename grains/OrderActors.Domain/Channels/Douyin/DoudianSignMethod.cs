namespace OrderActors.Domain.Channels.Douyin;

/// <summary>The Douyin shop <c>sign_method</c> values: <c>md5</c> and <c>hmac-sha256</c>.</summary>
public enum DoudianSignMethod
{
    /// <summary><c>md5</c></summary>
    Md5 = 0,

    /// <summary><c>hmac-sha256</c> (what the official SDKs send)</summary>
    HmacSha256 = 1,
}
