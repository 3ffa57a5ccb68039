namespace OrderActors.Domain.Channels.Jd;

/// <summary>
/// Signs a JD Open Service (JOS, <c>api.jd.com/routerjson</c>) request.
/// </summary>
/// <remarks>
/// The documented algorithm (JOS "签名算法", jos.jd.com commondoc listId=33, as implemented by the
/// JOS SDK's <c>sign(Map, appSecret)</c> in public copies):
/// <list type="number">
/// <item>Take the system parameters <c>360buy_param_json</c> (the business parameters as one JSON
/// string, signed exactly as sent), <c>access_token</c>, <c>app_key</c>, <c>method</c>,
/// <c>timestamp</c> (<c>yyyy-MM-dd HH:mm:ss</c>, GMT+8), <c>v</c> (and any other system parameter
/// sent, such as <c>sign_method</c> or <c>format</c>); leave out empty values and <c>sign</c>.</item>
/// <item>Sort by name in ASCII order and concatenate name and value with no separator.</item>
/// <item>MD5 over UTF-8 of <c>appSecret + concatenation + appSecret</c>; uppercase hexadecimal.</item>
/// </list>
/// </remarks>
public static class JosSigner
{
    public static string StringToSign(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        SignatureText.SortedConcatenation(parameters);

    public static string Sign(IEnumerable<KeyValuePair<string, string?>> parameters, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        return SignatureText.UpperHex(SignatureText.Md5(appSecret + StringToSign(parameters) + appSecret));
    }
}
