namespace OrderActors.Grains.Channels;

/// <summary>
/// Keys that encrypt shop tokens at rest (<c>OrderActors:Secrets</c>). Keys are named so they can be
/// rotated: tokens are written with <see cref="ActiveTokenKey"/> and read with whichever key wrote
/// them. Each key is 32 random bytes, base64; they come from the environment
/// (<c>OrderActors__Secrets__TokenKeys__k1</c>), never from a committed file.
/// </summary>
public sealed class TokenProtectionOptions
{
    public const string Section = "OrderActors:Secrets";

    public Dictionary<string, string> TokenKeys { get; } = new(StringComparer.Ordinal);

    public string? ActiveTokenKey { get; set; }
}
