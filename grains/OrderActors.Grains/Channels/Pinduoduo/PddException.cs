using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>A Pinduoduo call that failed; see <see cref="PlatformCallException"/>.</summary>
internal sealed class PddException(PlatformErrorClass errorClass, string code, string message, Exception? innerException = null)
    : PlatformCallException(errorClass, code, message, innerException);
