using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Catalog;

/// <summary>
/// A warehouse as an operator defines it: where it is, what shipping costs from it and how long it
/// takes, by destination province. Which regions it may serve is a routing rule, not defined here.
/// </summary>
/// <param name="Province">GB/T 2260 code, Chinese or pinyin name.</param>
/// <param name="Priority">Operator's preference when other criteria tie, lower first.</param>
/// <param name="Rates">Tariffs by destination province (code or name); <paramref name="DefaultRate"/> for the rest.</param>
/// <param name="DeliveryDays">Delivery days by destination province; <paramref name="DefaultDeliveryDays"/> for the rest.</param>
/// <param name="NextDayArea">Provinces or cities (codes or names) reached the next day.</param>
/// <param name="Carrier">The carrier whose electronic waybills this warehouse prints ("SF", "ZTO", "YUNDA"); the configured default when null.</param>
[GenerateSerializer, Immutable, Alias("oa.WarehouseDefinition")]
public sealed record WarehouseDefinition(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Province,
    [property: Id(3)] string City,
    [property: Id(4)] bool Active,
    [property: Id(5)] int Priority = 5,
    [property: Id(6)] ImmutableArray<ShippingRateEntry> Rates = default,
    [property: Id(7)] ShippingRateEntry? DefaultRate = null,
    [property: Id(8)] ImmutableArray<DeliveryDaysEntry> DeliveryDays = default,
    [property: Id(9)] int DefaultDeliveryDays = 3,
    [property: Id(10)] ImmutableArray<string> NextDayArea = default,
    [property: Id(11)] string? Carrier = null);

/// <summary>Tariff to one destination province: first kilogram and each further kilogram, in fen.</summary>
[GenerateSerializer, Immutable, Alias("oa.ShippingRateEntry")]
public sealed record ShippingRateEntry([property: Id(0)] string Province, [property: Id(1)] int FirstWeightFen, [property: Id(2)] int AdditionalWeightFen);

[GenerateSerializer, Immutable, Alias("oa.DeliveryDaysEntry")]
public sealed record DeliveryDaysEntry([property: Id(0)] string Province, [property: Id(1)] int Days);
