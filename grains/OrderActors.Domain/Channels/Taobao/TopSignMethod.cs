namespace OrderActors.Domain.Channels.Taobao;

/// <summary>The TOP <c>sign_method</c> values; <see cref="TopSigner.WireName"/> gives the string to send.</summary>
public enum TopSignMethod
{
    /// <summary><c>md5</c></summary>
    Md5 = 0,

    /// <summary><c>hmac</c> (HMAC-MD5)</summary>
    HmacMd5 = 1,

    /// <summary><c>hmac-sha256</c></summary>
    HmacSha256 = 2,
}
