namespace OrderActors.Domain.Routing;

/// <summary>
/// The physical facts of a warehouse the router needs: where it is, what shipping costs from there
/// and how long delivery takes, by destination province. Which regions it may serve is a routing
/// rule (<see cref="RuleSet.ServiceAreas"/>), not a fact, so a change to it can be tested first.
/// </summary>
/// <param name="Rates">Tariff by destination province code; <paramref name="DefaultRate"/> elsewhere.</param>
/// <param name="DeliveryDays">Days by destination province code; <paramref name="DefaultDeliveryDays"/> elsewhere.</param>
/// <param name="NextDayArea">Province or city codes this warehouse reaches the next day.</param>
/// <param name="Priority">Operator's preference, lower first.</param>
public sealed record WarehouseProfile(
    string Code,
    string ProvinceCode,
    string? CityCode,
    bool Active,
    int Priority,
    IReadOnlyDictionary<string, ShippingRate> Rates,
    ShippingRate DefaultRate,
    IReadOnlyDictionary<string, int> DeliveryDays,
    int DefaultDeliveryDays,
    IReadOnlySet<string> NextDayArea)
{
    public ShippingRate RateTo(Destination destination) =>
        Rates.TryGetValue(destination.ProvinceCode, out var rate) ? rate : DefaultRate;

    public int DaysTo(Destination destination) =>
        DeliveryDays.TryGetValue(destination.ProvinceCode, out var days) ? days : DefaultDeliveryDays;

    public bool NextDayTo(Destination destination) => destination.IsIn(NextDayArea);
}
