using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>A Douyin shop call that failed; see <see cref="PlatformCallException"/>. <see cref="PlatformCallException.RequestId"/> is the platform's <c>log_id</c>.</summary>
internal sealed class DouyinException(PlatformErrorClass errorClass, string code, string message, Exception? innerException = null)
    : PlatformCallException(errorClass, code, message, innerException);
