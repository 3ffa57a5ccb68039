using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels.WebStore;

/// <summary>A call to the web store's API or token endpoint that failed; see <see cref="PlatformCallException"/>.</summary>
internal sealed class WebStoreException(PlatformErrorClass errorClass, string code, string message, Exception? innerException = null)
    : PlatformCallException(errorClass, code, message, innerException)
{
    /// <summary>The store's Retry-After on a 429 or 503, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
