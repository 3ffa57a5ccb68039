using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels;

/// <summary>
/// Makes a <see cref="PlatformCallException"/> of a platform's own kind, so that callers can still tell
/// a TOP failure from a JOS one by its class.
/// </summary>
internal delegate PlatformCallException PlatformExceptionFactory(
    PlatformErrorClass errorClass, string code, string message, Exception? innerException, int? httpStatus);
