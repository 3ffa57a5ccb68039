using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Catalog;

/// <summary>A warehouse with every place resolved to GB/T 2260 codes.</summary>
[GenerateSerializer, Immutable, Alias("oa.WarehouseView")]
public sealed record WarehouseView(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string ProvinceCode,
    [property: Id(3)] string ProvinceName,
    [property: Id(4)] string City,
    [property: Id(5)] bool Active,
    [property: Id(6)] string? CityCode,
    [property: Id(7)] int Priority,
    [property: Id(8)] ImmutableArray<ShippingRateEntry> Rates,
    [property: Id(9)] ShippingRateEntry? DefaultRate,
    [property: Id(10)] ImmutableArray<DeliveryDaysEntry> DeliveryDays,
    [property: Id(11)] int DefaultDeliveryDays,
    [property: Id(12)] ImmutableArray<string> NextDayArea,
    [property: Id(13)] string? Carrier = null);
