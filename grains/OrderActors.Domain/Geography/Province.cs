namespace OrderActors.Domain.Geography;

/// <summary>A province-level division of mainland China, keyed by its GB/T 2260 code (e.g. 330000).</summary>
public sealed record Province(string Code, string Name, string PinyinName)
{
    /// <summary>Latitude of the capital's seat, in degrees; a province is as far away as its capital.</summary>
    public double Latitude { get; init; }

    /// <summary>Longitude of the capital's seat, in degrees.</summary>
    public double Longitude { get; init; }
}
