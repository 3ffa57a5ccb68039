namespace OrderActors.Domain.Geography;

/// <summary>A province and one of its cities, as an address names them.</summary>
public sealed record ResolvedRegion(Province Province, City City)
{
    public string ProvinceCode => Province.Code;

    public string CityCode => City.Code;
}
