namespace OrderActors.Domain.Channels.Taobao;

/// <summary>
/// Signs a Taobao Open Platform (TOP) request.
/// </summary>
/// <remarks>
/// The documented algorithm (TOP "API调用方法详解 / 签名算法"; the English "HTTP POST" page on
/// developer.alibaba.com; the official Java SDK's <c>TaobaoUtils.signTopRequest</c> as found in public
/// copies):
/// <list type="number">
/// <item>Take every request parameter, system and business, except <c>sign</c> and byte-array
/// parameters; leave out empty values.</item>
/// <item>Sort them by parameter name in ASCII order.</item>
/// <item>Concatenate name and value with no separator: <c>bar2foo1foo_bar3foobar4</c>.</item>
/// <item><c>md5</c>: MD5 over UTF-8 of <c>secret + concatenation + secret</c>.
/// <c>hmac</c>: HMAC-MD5 keyed with the secret over the concatenation alone.
/// <c>hmac-sha256</c>: HMAC-SHA256 keyed with the secret over the concatenation alone.</item>
/// <item>Write the digest as uppercase hexadecimal.</item>
/// </list>
/// One English TOP page writes hmac as <c>hmac_md5(md5(secret…secret))</c>; every SDK we read (Java,
/// Python, PHP) keys the HMAC with the secret over the bare concatenation, which is what TOP verifies
/// in practice, so we follow the SDKs. The <c>sign_method</c> parameter itself is signed like any other.
/// </remarks>
public static class TopSigner
{
    public static string WireName(TopSignMethod method) => method switch
    {
        TopSignMethod.Md5 => "md5",
        TopSignMethod.HmacMd5 => "hmac",
        TopSignMethod.HmacSha256 => "hmac-sha256",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a TOP sign method."),
    };

    /// <summary>The exact text that is digested (before the MD5 secret wrapping), for logs and tests.</summary>
    public static string StringToSign(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        SignatureText.SortedConcatenation(parameters);

    public static string Sign(IEnumerable<KeyValuePair<string, string?>> parameters, string secret, TopSignMethod method)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var text = StringToSign(parameters);
        var digest = method switch
        {
            TopSignMethod.Md5 => SignatureText.Md5(secret + text + secret),
            TopSignMethod.HmacMd5 => SignatureText.HmacMd5(secret, text),
            TopSignMethod.HmacSha256 => SignatureText.HmacSha256(secret, text),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a TOP sign method."),
        };
        return SignatureText.UpperHex(digest);
    }
}
