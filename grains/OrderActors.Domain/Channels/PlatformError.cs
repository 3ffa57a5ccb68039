namespace OrderActors.Domain.Channels;

/// <summary>A platform's error as it came back: the top-level code and, where the platform has one, the sub-code.</summary>
public readonly record struct PlatformError(string Code, string? SubCode = null);
