using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OrderActors.GrainInterfaces.Returns;

/// <summary>
/// Return ids are <c>{orderId}:R{n}</c>, numbered per order from 1 (<c>taobao:shop:123:R2</c>): readable,
/// safe in a URL path like order ids, and the order is found from the return without a lookup.
/// </summary>
public readonly record struct ReturnId(string OrderId, int Number)
{
    public override string ToString() => $"{OrderId}:R{Number.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? value, [NotNullWhen(true)] out ReturnId? id)
    {
        id = null;
        if (value is null)
        {
            return false;
        }

        var at = value.LastIndexOf(":R", StringComparison.Ordinal);
        if (at <= 0
            || !int.TryParse(value.AsSpan(at + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1
            || !Keys.OrderId.TryParse(value[..at], out _))
        {
            return false;
        }

        id = new ReturnId(value[..at], number);
        return true;
    }
}
