namespace OrderActors.Domain.Channels.Douyin;

/// <summary>
/// Signs a Douyin shop (抖店, <c>openapi-fxg.jinritemai.com</c>) request.
/// </summary>
/// <remarks>
/// The documented algorithm (抖店开放平台 "API调用指南 / 签名算法"; the official Go and Python SDKs,
/// <c>utils/sign_util.go</c> and <c>DoudianOpApiClient.calsSign</c> in public copies):
/// <list type="number">
/// <item><c>param_json</c> is the business parameters as compact JSON with keys sorted at every level
/// (<see cref="DoudianParamJson"/>); the same text is sent as the request body.</item>
/// <item>Pattern = <c>"app_key" + app_key + "method" + method + "param_json" + param_json +
/// "timestamp" + timestamp + "v" + v</c> — fixed order, names spelled out, no separators.
/// <c>access_token</c> and <c>sign_method</c> are not part of it.</item>
/// <item>Wrap it: <c>app_secret + pattern + app_secret</c>.</item>
/// <item><c>md5</c>: MD5 over the UTF-8 bytes; <c>hmac-sha256</c>: HMAC-SHA256 keyed with
/// <c>app_secret</c> over the same wrapped text. Lowercase hexadecimal.</item>
/// </list>
/// <c>v</c> is <c>2</c>. The timestamp is signed exactly as sent: the SDKs send Unix seconds; the
/// older guide shows <c>yyyy-MM-dd HH:mm:ss</c> (GMT+8). Which one the gateway requires today was
/// not confirmed here; the signer takes it as a string either way.
/// </remarks>
public static class DoudianSigner
{
    public const string Version = "2";

    public static string WireName(DoudianSignMethod method) => method switch
    {
        DoudianSignMethod.Md5 => "md5",
        DoudianSignMethod.HmacSha256 => "hmac-sha256",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a Douyin sign method."),
    };

    /// <summary>The wrapped text that is digested, for logs (mask the secret) and tests.</summary>
    public static string StringToSign(string appKey, string method, string paramJson, string timestamp, string appSecret, string v = Version) =>
        appSecret + "app_key" + appKey + "method" + method + "param_json" + paramJson + "timestamp" + timestamp + "v" + v + appSecret;

    public static string Sign(string appKey, string method, string paramJson, string timestamp, string appSecret, DoudianSignMethod signMethod, string v = Version)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        var text = StringToSign(appKey, method, paramJson, timestamp, appSecret, v);
        var digest = signMethod switch
        {
            DoudianSignMethod.Md5 => SignatureText.Md5(text),
            DoudianSignMethod.HmacSha256 => SignatureText.HmacSha256(appSecret, text),
            _ => throw new ArgumentOutOfRangeException(nameof(signMethod), signMethod, "Not a Douyin sign method."),
        };
        return SignatureText.LowerHex(digest);
    }
}
