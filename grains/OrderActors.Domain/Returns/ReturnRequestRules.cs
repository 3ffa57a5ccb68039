using OrderActors.Domain.Orders;

namespace OrderActors.Domain.Returns;

/// <summary>
/// Whether an order can take a return of these units: only once it shipped, only SKUs it shipped, and never
/// more units of a SKU than shipped minus what the order's other (not cancelled) returns already claim.
/// </summary>
public static class ReturnRequestRules
{
    public static bool HasShipped(OrderStatus status) => status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed;

    /// <param name="shipped">The order's lines (a SKU may appear on several).</param>
    /// <param name="claimed">Units the order's other live returns hold.</param>
    /// <param name="requested">The new return's lines.</param>
    public static ReturnCheck Check(OrderStatus orderStatus, IEnumerable<ReturnUnits> shipped, IEnumerable<ReturnUnits> claimed, IReadOnlyList<ReturnUnits> requested)
    {
        var lines = CheckLines(requested);
        if (!lines.IsAllowed)
        {
            return lines;
        }

        if (!HasShipped(orderStatus))
        {
            return ReturnCheck.Refuse(ReturnRejection.OrderNotShipped, $"The order is {orderStatus}; returns are taken once it has shipped (Shipped, Delivered or Completed).");
        }

        var onOrder = Totals(shipped);
        var taken = Totals(claimed);
        foreach (var line in requested)
        {
            if (!onOrder.TryGetValue(line.Sku, out var units))
            {
                return ReturnCheck.Refuse(ReturnRejection.SkuNotInOrder, $"SKU {line.Sku} is not on the order.");
            }

            var left = units - taken.GetValueOrDefault(line.Sku);
            if (line.Quantity > left)
            {
                return ReturnCheck.Refuse(ReturnRejection.ExceedsShipped,
                    $"SKU {line.Sku}: {line.Quantity} to return, but {units} shipped and {units - left} already in other returns ({left} left).");
            }
        }

        return ReturnCheck.Ok;
    }

    /// <summary>At least one line, one line per SKU, every quantity positive.</summary>
    public static ReturnCheck CheckLines(IReadOnlyList<ReturnUnits> requested)
    {
        if (requested.Count == 0)
        {
            return ReturnCheck.Refuse(ReturnRejection.InvalidLines, "A return needs at least one line.");
        }

        if (requested.FirstOrDefault(l => l.Quantity <= 0) is { Sku: not null } bad)
        {
            return ReturnCheck.Refuse(ReturnRejection.InvalidLines, $"SKU {bad.Sku}: the quantity must be positive.");
        }

        var repeated = requested.GroupBy(l => l.Sku, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? ReturnCheck.Ok
            : ReturnCheck.Refuse(ReturnRejection.InvalidLines, $"SKU {repeated.Key} is on more than one line; give one line per SKU.");
    }

    private static Dictionary<string, int> Totals(IEnumerable<ReturnUnits> units) =>
        units.GroupBy(u => u.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(u => u.Quantity), StringComparer.Ordinal);
}
