using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels;

/// <summary>
/// A marketplace call that did not produce a usable answer: an error envelope from the gateway, an
/// OAuth error from the token endpoint, an HTTP failure, or a body that is not what the platform
/// documents. <see cref="ErrorClass"/> tells the connector what to do: refresh the token on
/// <see cref="PlatformErrorClass.AuthExpired"/>, back off on <see cref="PlatformErrorClass.Retryable"/>.
/// From a token refresh, AuthExpired means the refresh token itself is no longer accepted: the shop
/// has to be authorised again.
/// </summary>
internal class PlatformCallException : Exception
{
    public PlatformCallException(PlatformErrorClass errorClass, string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorClass = errorClass;
        Code = code;
    }

    public PlatformErrorClass ErrorClass { get; private set; }

    /// <summary>The platform's code (e.g. TOP "27"), the OAuth <c>error</c> (e.g. "invalid_grant"), or ours:
    /// <c>http-{status}</c>, <c>transport</c>, <c>timeout</c>, <c>malformed-response</c>.</summary>
    public string Code { get; }

    public string? SubCode { get; init; }

    public string? SubMessage { get; init; }

    /// <summary>The HTTP status of the response, when there was one.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The platform's request or log id, to quote when asking the platform about a call.</summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// The same failure (same platform type, code and message) in another class: a call that knows more than
    /// the general error table (a ship call's business refusals are permanent) says so with it.
    /// </summary>
    public PlatformCallException Reclassified(PlatformErrorClass errorClass)
    {
        var copy = (PlatformCallException)MemberwiseClone();
        copy.ErrorClass = errorClass;
        return copy;
    }
}
