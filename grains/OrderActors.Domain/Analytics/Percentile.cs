namespace OrderActors.Domain.Analytics;

/// <summary>
/// Percentiles by the nearest-rank method: the p-th percentile of n values sorted ascending is the
/// value at rank ⌈p/100 · n⌉ (1-based; rank 1 for p = 0). It is always one of the observed values,
/// so "p90 is 2 h" means at least 90 % of the orders took 2 h or less and one of them took exactly
/// that. No interpolation: with few orders an interpolated figure names a time no order took.
/// </summary>
public static class Percentile
{
    public static double NearestRank(IReadOnlyList<double> sortedAscending, double p)
    {
        ArgumentNullException.ThrowIfNull(sortedAscending);
        if (sortedAscending.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sortedAscending));
        }

        if (p is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile lies between 0 and 100.");
        }

        // Decimal arithmetic: 0.9 * 10 in doubles is 9.000000000000002, whose ceiling would be 10.
        var rank = (int)Math.Ceiling((decimal)p / 100m * sortedAscending.Count);
        return sortedAscending[Math.Max(rank, 1) - 1];
    }
}
