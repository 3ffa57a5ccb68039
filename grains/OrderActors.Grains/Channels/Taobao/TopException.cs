using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>A TOP call that failed; see <see cref="PlatformCallException"/>.</summary>
internal sealed class TopException(PlatformErrorClass errorClass, string code, string message, Exception? innerException = null)
    : PlatformCallException(errorClass, code, message, innerException);
