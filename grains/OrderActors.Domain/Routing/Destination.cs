namespace OrderActors.Domain.Routing;

/// <summary>Where an order goes, resolved to GB/T 2260 codes (city unknown only for legacy input).</summary>
public sealed record Destination(string ProvinceCode, string? CityCode)
{
    /// <summary>True when a set of region codes (provinces and cities) covers this destination.</summary>
    public bool IsIn(IReadOnlySet<string> area) =>
        area.Contains(ProvinceCode) || (CityCode is not null && area.Contains(CityCode));
}
