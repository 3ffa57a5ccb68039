using System.Diagnostics.CodeAnalysis;

namespace OrderActors.Domain.Geography;

/// <summary>
/// The cities of mainland China with their GB/T 2260 codes and seats: every prefecture-level city, the
/// county-level units a province governs directly (济源市, 仙桃市, 五指山市, 石河子市 …), and each
/// municipality as the single city of its province (北京市 110100). An address names a city by code
/// ("330100" or "3301"), or by Chinese name with or without 市/地区/自治州/盟 ("杭州市", "杭州",
/// "延边朝鲜族自治州", "延边", "延边州"); a municipality's city also by any name of the municipality
/// ("北京", "Beijing"). Where the table comes from: deploy/tools/regions/README.md.
/// </summary>
public static class Regions
{
    // The IUGG mean radius. A sphere stays within 0.5 % of the ellipsoid, far finer than ranking
    // warehouses by distance needs.
    private const double EarthRadiusKm = 6371.0088;

    public static IReadOnlyList<City> Cities => RegionTable.Instance.Cities;

    /// <summary>The cities of the province with this six-digit code, in code order; none for an unknown code.</summary>
    public static IReadOnlyList<City> CitiesOf(string provinceCode)
    {
        ArgumentNullException.ThrowIfNull(provinceCode);
        return RegionTable.Instance.CitiesOf(provinceCode.Trim());
    }

    public static bool TryResolveCity(Province province, string? cityText, [NotNullWhen(true)] out City? city)
    {
        ArgumentNullException.ThrowIfNull(province);
        city = null;
        var key = cityText?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        city = RegionTable.Instance.FindCity(province.Code, key);
        if (city is null
            && CitiesOf(province.Code) is [var only] && only.Name == province.Name
            && Provinces.TryResolve(key, out var named) && named.Code == province.Code)
        {
            city = only;
        }

        return city is not null;
    }

    /// <summary>
    /// Resolves an address's province and city together. On failure <paramref name="error"/> says which
    /// of the two did not resolve, quoting it, e.g. "city 'Gotham' is not a city of 浙江省".
    /// </summary>
    public static bool TryResolve(
        string? provinceText,
        string? cityText,
        [NotNullWhen(true)] out ResolvedRegion? region,
        [NotNullWhen(false)] out string? error)
    {
        region = null;
        if (string.IsNullOrWhiteSpace(provinceText))
        {
            error = "province is missing";
            return false;
        }

        if (!Provinces.TryResolve(provinceText, out var province))
        {
            error = $"province '{provinceText.Trim()}' is not a province-level division of mainland China";
            return false;
        }

        if (string.IsNullOrWhiteSpace(cityText))
        {
            error = $"city is missing for {province.Name}";
            return false;
        }

        if (!TryResolveCity(province, cityText, out var city))
        {
            error = $"city '{cityText.Trim()}' is not a city of {province.Name}";
            return false;
        }

        region = new ResolvedRegion(province, city);
        error = null;
        return true;
    }

    /// <summary>
    /// The city with this code, or, when there is none, the provincial capital (code XX0100) of the
    /// province; null when neither is known.
    /// </summary>
    public static City? Locate(string? cityCode, string provinceCode)
    {
        ArgumentNullException.ThrowIfNull(provinceCode);
        var byCode = CityIndex.Value;
        if (cityCode is not null && byCode.TryGetValue(cityCode, out var city))
        {
            return city;
        }

        return provinceCode.Length == 6 && byCode.TryGetValue(provinceCode[..2] + "0100", out var capital) ? capital : null;
    }

    private static readonly Lazy<Dictionary<string, City>> CityIndex = new(() => Cities.ToDictionary(c => c.Code, StringComparer.Ordinal));

    /// <summary>The great-circle (haversine) distance between two cities' seats, in kilometres.</summary>
    public static double DistanceKm(City a, City b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var lat1 = double.DegreesToRadians(a.Latitude);
        var lat2 = double.DegreesToRadians(b.Latitude);
        var sinHalfDLat = Math.Sin((lat2 - lat1) / 2);
        var sinHalfDLon = Math.Sin(double.DegreesToRadians(b.Longitude - a.Longitude) / 2);
        var h = (sinHalfDLat * sinHalfDLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinHalfDLon * sinHalfDLon);

        // Rounding can lift h a hair above 1 for near-antipodal points, where Asin would answer NaN.
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }
}
