using Orleans.Concurrency;
using System.Collections.Immutable;
using OrderActors.Domain.Geography;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Catalog;

internal sealed class WarehouseDirectoryGrain(
    [PersistentState("warehouses", OrleansNames.GrainStorage)] IPersistentState<WarehouseDirectoryState> state) : Grain, IWarehouseDirectoryGrain
{
    async Task<WarehouseUpsertResult> IWarehouseDirectoryGrain.Upsert(WarehouseDefinition warehouse)
    {
        if (!Codes.IsValidWarehouse(warehouse.Code))
        {
            return new(null, $"Warehouse code must be 1-{Codes.MaxWarehouseLength} letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(warehouse.Name) || string.IsNullOrWhiteSpace(warehouse.City))
        {
            return new(null, "Warehouse name and city are required.");
        }

        if (!Regions.TryResolve(warehouse.Province, warehouse.City, out var region, out var error))
        {
            return new(null, $"The warehouse's location does not resolve: {error}.");
        }

        var province = region.Province;

        var problem = Resolve(warehouse, out var rates, out var days, out var nextDay);
        if (problem is not null)
        {
            return new(null, problem);
        }

        var view = new WarehouseView(
            warehouse.Code, warehouse.Name.Trim(), province.Code, province.Name, region.City.Name, warehouse.Active,
            region.CityCode, warehouse.Priority, rates,
            warehouse.DefaultRate is { } d ? d with { Province = "*" } : null,
            days, warehouse.DefaultDeliveryDays, nextDay.IsEmpty ? [province.Code] : nextDay,
            string.IsNullOrWhiteSpace(warehouse.Carrier) ? null : warehouse.Carrier.Trim().ToUpperInvariant());
        var before = state.State.Warehouses;
        if (before.Any(w => Same(w, view)))
        {
            return new(view, null);
        }

        // Change a copy: if the write fails, memory must still match what is stored.
        state.State.Warehouses = [.. before.Where(w => w.Code != view.Code), view];
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Warehouses = before;
            throw;
        }

        return new(view, null);
    }

    /// <summary>Resolves every place to a GB/T 2260 code and checks the numbers; returns what is wrong, or null.</summary>
    private static string? Resolve(
        WarehouseDefinition w, out ImmutableArray<ShippingRateEntry> rates, out ImmutableArray<DeliveryDaysEntry> days, out ImmutableArray<string> nextDay)
    {
        (rates, days, nextDay) = ([], [], []);
        if (w.Priority is < 0 or > 1000)
        {
            return "priority must be between 0 and 1000.";
        }

        if (w.DefaultDeliveryDays is < 1 or > 30)
        {
            return "defaultDeliveryDays must be between 1 and 30.";
        }

        if (w.DefaultRate is { } d && (d.FirstWeightFen < 0 || d.AdditionalWeightFen < 0))
        {
            return "defaultRate: prices must not be negative.";
        }

        var rateList = new List<ShippingRateEntry>();
        foreach (var r in w.Rates.IsDefault ? [] : w.Rates)
        {
            if (!Provinces.TryResolve(r.Province, out var p))
            {
                return $"rates: '{r.Province}' is not a mainland China province.";
            }

            if (r.FirstWeightFen < 0 || r.AdditionalWeightFen < 0)
            {
                return $"rates.{r.Province}: prices must not be negative.";
            }

            rateList.Add(r with { Province = p.Code });
        }

        var dayList = new List<DeliveryDaysEntry>();
        foreach (var e in w.DeliveryDays.IsDefault ? [] : w.DeliveryDays)
        {
            if (!Provinces.TryResolve(e.Province, out var p))
            {
                return $"deliveryDays: '{e.Province}' is not a mainland China province.";
            }

            if (e.Days is < 1 or > 30)
            {
                return $"deliveryDays.{e.Province}: between 1 and 30 days.";
            }

            dayList.Add(e with { Province = p.Code });
        }

        var areaList = new List<string>();
        foreach (var place in w.NextDayArea.IsDefault ? [] : w.NextDayArea)
        {
            if (!Routing.RegionCodes.TryResolve(place, out var code))
            {
                return $"nextDayArea: '{place}' is not a province or city.";
            }

            areaList.Add(code);
        }

        if (rateList.Select(r => r.Province).Distinct().Count() != rateList.Count || dayList.Select(e => e.Province).Distinct().Count() != dayList.Count)
        {
            return "rates and deliveryDays name each province once.";
        }

        (rates, days, nextDay) = ([.. rateList], [.. dayList], [.. areaList.Distinct()]);
        return null;
    }

    // Records compare arrays by reference: compare what they hold.
    private static bool Same(WarehouseView a, WarehouseView b) =>
        a with { Rates = [], DeliveryDays = [], NextDayArea = [] } == b with { Rates = [], DeliveryDays = [], NextDayArea = [] }
        && Items(a.Rates).SequenceEqual(Items(b.Rates)) && Items(a.DeliveryDays).SequenceEqual(Items(b.DeliveryDays))
        && Items(a.NextDayArea).SequenceEqual(Items(b.NextDayArea));

    private static ImmutableArray<T> Items<T>(ImmutableArray<T> array) => array.IsDefault ? [] : array;

    // ReadOnly: a read of in-memory state; routers call it often and need not queue behind writes.
    [ReadOnly]
    Task<ImmutableArray<WarehouseView>> IWarehouseDirectoryGrain.List() =>
        Task.FromResult(state.State.Warehouses.OrderBy(w => w.Code, StringComparer.Ordinal).ToImmutableArray());
}
