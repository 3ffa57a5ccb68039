namespace OrderActors.Domain.Routing;

/// <summary>A carrier tariff: the first kilogram, then each further kilogram started, in fen.</summary>
public sealed record ShippingRate(int FirstWeightFen, int AdditionalWeightFen)
{
    public long CostFen(int weightGrams)
    {
        var kilograms = Math.Max(1, (weightGrams + 999) / 1000);
        return FirstWeightFen + (long)(kilograms - 1) * AdditionalWeightFen;
    }
}
