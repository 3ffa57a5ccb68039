using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>
/// A TOP call that did not produce a usable answer: an <c>error_response</c> from the gateway, an
/// OAuth error from the token endpoint, an HTTP failure, or a body that is not what TOP documents.
/// <see cref="ErrorClass"/> tells the connector what to do: refresh the token on
/// <see cref="PlatformErrorClass.AuthExpired"/>, back off on <see cref="PlatformErrorClass.Retryable"/>.
/// From <see cref="TopClient.RefreshTokenAsync"/>, AuthExpired means the refresh token itself is no
/// longer accepted: the shop has to be authorised again.
/// </summary>
internal sealed class TopException : Exception
{
    public TopException(PlatformErrorClass errorClass, string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorClass = errorClass;
        Code = code;
    }

    public PlatformErrorClass ErrorClass { get; }

    /// <summary>TOP's <c>code</c> (e.g. "27"), the OAuth <c>error</c> (e.g. "invalid_grant"), or ours:
    /// <c>http-{status}</c>, <c>transport</c>, <c>malformed-response</c>.</summary>
    public string Code { get; }

    public string? SubCode { get; init; }

    public string? SubMessage { get; init; }

    /// <summary>The HTTP status of the response, when there was one.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>TOP's <c>request_id</c>, to quote when asking the platform about a call.</summary>
    public string? RequestId { get; init; }
}
