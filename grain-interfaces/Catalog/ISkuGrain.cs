namespace OrderActors.GrainInterfaces.Catalog;

/// <summary>A sellable SKU, keyed by its code. Orders may only name defined SKUs.</summary>
public interface ISkuGrain : IGrainWithStringKey
{
    /// <summary>Defines the SKU or changes its name and unit weight; idempotent.</summary>
    Task<SkuView> Define(string name, int weightGrams = SkuView.DefaultWeightGrams);

    /// <summary>The SKU, or null when it was never defined.</summary>
    Task<SkuView?> Get();
}
