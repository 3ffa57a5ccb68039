namespace OrderActors.Domain.Routing;

/// <summary>What the router compares warehouses by, in the order a rule set lists them.</summary>
public enum RoutingCriterion
{
    /// <summary>A warehouse in the destination city first.</summary>
    SameCity = 0,

    /// <summary>A warehouse in the destination province first.</summary>
    SameProvince = 1,

    /// <summary>A warehouse whose next-day area covers the destination first.</summary>
    NextDay = 2,

    /// <summary>The lowest shipping cost for the parcel's weight.</summary>
    LowestCost = 3,

    /// <summary>The fewest delivery days to the destination.</summary>
    FastestDelivery = 4,

    /// <summary>The most available stock of the order's SKUs (keeps small warehouses from running dry).</summary>
    MostStock = 5,

    /// <summary>The operator's warehouse priority (lower number first).</summary>
    WarehousePriority = 6,

    /// <summary>The shortest great-circle distance from the warehouse's city to the destination city, in km.</summary>
    Nearest = 7,
}
