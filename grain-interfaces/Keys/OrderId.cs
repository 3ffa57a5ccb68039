using System.Diagnostics.CodeAnalysis;

namespace OrderActors.GrainInterfaces.Keys;

/// <summary>
/// Order ids are built, never invented: <c>{channel}:{shop}:{platformOrderId}</c> for marketplace
/// orders and <c>web:{shop}:{idempotencyKey}</c> for own-store orders, so the same order pulled or
/// submitted twice lands on the same grain (deduplication by construction).
/// </summary>
public readonly record struct OrderId(SalesChannel Channel, string Shop, string PlatformOrderId)
{
    public override string ToString() => $"{Channel.Code()}:{Shop}:{PlatformOrderId}";

    public static bool TryCreate(string? channel, string? shop, string? platformOrderId, [NotNullWhen(true)] out OrderId? id, out string? error)
    {
        id = null;
        if (!SalesChannels.TryParse(channel, out var c))
        {
            error = $"Unknown channel '{channel}'. Known channels: {string.Join(", ", SalesChannels.Codes)}.";
            return false;
        }

        if (!Codes.IsValidShop(shop))
        {
            error = $"Shop must be 1-{Codes.MaxShopLength} characters of letters, digits, '.', '-' or '_'.";
            return false;
        }

        if (!Codes.IsValidPlatformOrderId(platformOrderId))
        {
            error = $"The platform order id (or idempotency key) must be 1-{Codes.MaxPlatformOrderIdLength} characters of letters, digits, '.', '-' or '_'.";
            return false;
        }

        id = new OrderId(c.Value, shop!, platformOrderId!);
        error = null;
        return true;
    }

    public static bool TryParse(string? value, [NotNullWhen(true)] out OrderId? id)
    {
        id = null;
        var parts = value?.Split(':');
        return parts is { Length: 3 } && TryCreate(parts[0], parts[1], parts[2], out id, out _);
    }
}
