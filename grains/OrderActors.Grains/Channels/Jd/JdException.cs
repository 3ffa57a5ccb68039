using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels.Jd;

/// <summary>A JOS call that failed; see <see cref="PlatformCallException"/>.</summary>
internal sealed class JdException(PlatformErrorClass errorClass, string code, string message, Exception? innerException = null)
    : PlatformCallException(errorClass, code, message, innerException);
