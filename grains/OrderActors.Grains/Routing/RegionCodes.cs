using System.Diagnostics.CodeAnalysis;
using OrderActors.Domain.Geography;

namespace OrderActors.Grains.Routing;

/// <summary>
/// Turns a place an operator typed into its GB/T 2260 code: a province (code, Chinese or pinyin
/// name) or a city (code, or a Chinese name that names one city in the whole country).
/// </summary>
internal static class RegionCodes
{
    public static bool TryResolve(string? text, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (Provinces.TryResolve(text, out var province))
        {
            code = province.Code;
            return true;
        }

        var matches = Provinces.All
            .Select(p => Regions.TryResolveCity(p, text, out var city) ? city : null)
            .OfType<City>()
            .DistinctBy(c => c.Code)
            .ToList();
        if (matches.Count == 1)
        {
            code = matches[0].Code;
        }

        return code is not null;
    }
}
