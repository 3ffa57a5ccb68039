namespace OrderActors.Domain.Routing;

/// <summary>What the router needs to know of a warehouse.</summary>
public sealed record WarehouseSite(string Code, string ProvinceCode, bool Active);
