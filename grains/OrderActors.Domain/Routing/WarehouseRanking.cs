namespace OrderActors.Domain.Routing;

/// <summary>
/// The first routing rule: warehouses in the destination province first, then every other active
/// warehouse. Ties break on the warehouse code so the same order always sees the same sequence.
/// The caller walks the sequence and takes the first warehouse whose stock cells accept every line.
/// </summary>
public static class WarehouseRanking
{
    public static IReadOnlyList<WarehouseSite> Rank(string destinationProvinceCode, IEnumerable<WarehouseSite> warehouses) =>
        warehouses
            .Where(w => w.Active)
            .OrderBy(w => string.Equals(w.ProvinceCode, destinationProvinceCode, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(w => w.Code, StringComparer.Ordinal)
            .ToList();
}
