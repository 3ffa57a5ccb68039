namespace OrderActors.Domain.Channels.Pinduoduo;

/// <summary>
/// Signs a Pinduoduo open platform (<c>gw-api.pinduoduo.com/api/router</c>) request.
/// </summary>
/// <remarks>
/// The documented algorithm (PDD 开放平台接入指南, part 3 "签名算法", sign_method md5, as quoted by
/// integrators and implemented in public SDKs):
/// <list type="number">
/// <item>Take every request parameter — <c>type</c>, <c>client_id</c>, <c>access_token</c>,
/// <c>timestamp</c> (Unix seconds), <c>data_type</c>, <c>version</c> and the business parameters,
/// each as its own parameter — except <c>sign</c>; leave out empty values.</item>
/// <item>Sort by name in ASCII order and concatenate name and value with no separator.</item>
/// <item>MD5 over UTF-8 of <c>client_secret + concatenation + client_secret</c>; uppercase hexadecimal.</item>
/// </list>
/// </remarks>
public static class PddSigner
{
    public static string StringToSign(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        SignatureText.SortedConcatenation(parameters);

    public static string Sign(IEnumerable<KeyValuePair<string, string?>> parameters, string clientSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        return SignatureText.UpperHex(SignatureText.Md5(clientSecret + StringToSign(parameters) + clientSecret));
    }
}
