namespace OrderActors.GrainInterfaces.Inventory;

[GenerateSerializer, Alias("oa.StockChange")]
public enum StockChange
{
    /// <summary>The change was made and is durable.</summary>
    Applied = 0,

    /// <summary>The same change was made before; nothing changed now.</summary>
    AlreadyApplied = 1,

    /// <summary>Refused; see the reason.</summary>
    Refused = 2,
}
