using System.Globalization;
using System.Text;

namespace OrderActors.Domain.Geography;

/// <summary>
/// Geography/regions.csv, embedded in this assembly (deploy/tools/regions rebuilds it): the provinces
/// with their capitals' seats, the cities with theirs, and every name each city answers to. It loads
/// once, on first use; a malformed row stops it with the row's line number.
/// </summary>
internal sealed class RegionTable
{
    internal const string ResourceName = "OrderActors.Domain.regions.csv";
    internal const string Header = "code,name,province_code,latitude,longitude";

    // Stripped, after 自治州/自治县, from the end of a name: 海西蒙古族藏族自治州 answers to 海西 too.
    private static readonly string[] EthnicNames =
    [
        "朝鲜族", "土家族", "苗族", "侗族", "布依族", "彝族", "藏族", "羌族", "白族", "哈尼族", "壮族",
        "傣族", "景颇族", "傈僳族", "回族", "蒙古族", "蒙古", "柯尔克孜", "哈萨克", "黎族",
    ];

    private static readonly string[] PlainSuffixes = ["地区", "林区", "市", "盟", "县"];

    private static readonly Lazy<RegionTable> Loaded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, IReadOnlyList<City>> _citiesByProvince;
    private readonly Dictionary<(string ProvinceCode, string Key), City> _cityByKey;

    private RegionTable(
        IReadOnlyList<Province> provinces,
        IReadOnlyList<City> cities,
        Dictionary<string, IReadOnlyList<City>> citiesByProvince,
        Dictionary<(string ProvinceCode, string Key), City> cityByKey)
    {
        Provinces = provinces;
        Cities = cities;
        _citiesByProvince = citiesByProvince;
        _cityByKey = cityByKey;
    }

    public static RegionTable Instance => Loaded.Value;

    public IReadOnlyList<Province> Provinces { get; }

    public IReadOnlyList<City> Cities { get; }

    public IReadOnlyList<City> CitiesOf(string provinceCode) =>
        _citiesByProvince.TryGetValue(provinceCode, out var cities) ? cities : [];

    public City? FindCity(string provinceCode, string key) => _cityByKey.GetValueOrDefault((provinceCode, key));

    /// <summary>Reads the table; <paramref name="pinyinNames"/> must name exactly the provinces it has.</summary>
    internal static RegionTable Parse(TextReader reader, IReadOnlyDictionary<string, string> pinyinNames)
    {
        var header = reader.ReadLine();
        if (header != Header)
        {
            throw Malformed(1, $"expected the header \"{Header}\"", header);
        }

        var provinces = new List<Province>();
        var cityRows = new List<(City City, int Line)>();
        var lineOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 5)
            {
                throw Malformed(lineNumber, $"expected 5 fields, found {fields.Length}", line);
            }

            var (code, name, provinceCode) = (fields[0], fields[1], fields[2]);
            if (!IsCode(code))
            {
                throw Malformed(lineNumber, $"code '{code}' is not six digits", line);
            }

            if (name.Length == 0 || name != name.Trim())
            {
                throw Malformed(lineNumber, "the name is empty or padded with spaces", line);
            }

            var latitude = ParseDegrees(fields[3], 90, "latitude", lineNumber, line);
            var longitude = ParseDegrees(fields[4], 180, "longitude", lineNumber, line);
            if (!lineOfCode.TryAdd(code, lineNumber))
            {
                throw Malformed(lineNumber, $"code {code} is already on line {lineOfCode[code]}", line);
            }

            if (provinceCode.Length == 0)
            {
                if (!IsProvinceCode(code))
                {
                    throw Malformed(lineNumber, $"a province row needs a code ending in 0000, not {code}", line);
                }

                if (!pinyinNames.TryGetValue(code, out var pinyin))
                {
                    throw Malformed(lineNumber, $"province {code} has no pinyin name in Provinces", line);
                }

                provinces.Add(new Province(code, name, pinyin) { Latitude = latitude, Longitude = longitude });
            }
            else
            {
                if (!IsCode(provinceCode) || !IsProvinceCode(provinceCode))
                {
                    throw Malformed(lineNumber, $"province_code '{provinceCode}' is not a province's code", line);
                }

                if (IsProvinceCode(code) || !code.StartsWith(provinceCode[..2], StringComparison.Ordinal))
                {
                    throw Malformed(lineNumber, $"city code {code} does not lie inside province {provinceCode}", line);
                }

                cityRows.Add((new City(code, name, provinceCode, latitude, longitude), lineNumber));
            }
        }

        var provinceCodes = provinces.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (city, line) in cityRows.Where(r => !provinceCodes.Contains(r.City.ProvinceCode)))
        {
            throw Malformed(line, $"province {city.ProvinceCode} has no row of its own", null);
        }

        var unlisted = pinyinNames.Keys.Where(code => !provinceCodes.Contains(code)).Order(StringComparer.Ordinal).ToList();
        if (unlisted.Count > 0)
        {
            throw new InvalidDataException($"{ResourceName}: no row for province {string.Join(", ", unlisted)}, which Provinces names");
        }

        var citiesByProvince = provinces.ToDictionary(
            p => p.Code,
            p => (IReadOnlyList<City>)cityRows.Where(r => r.City.ProvinceCode == p.Code).Select(r => r.City).ToList().AsReadOnly(),
            StringComparer.Ordinal);
        return new RegionTable(
            provinces.AsReadOnly(), cityRows.Select(r => r.City).ToList().AsReadOnly(), citiesByProvince, IndexNames(cityRows));
    }

    private static Dictionary<(string ProvinceCode, string Key), City> IndexNames(List<(City City, int Line)> cityRows)
    {
        var index = new Dictionary<(string ProvinceCode, string Key), City>();
        foreach (var (city, line) in cityRows)
        {
            foreach (var key in NamesOf(city))
            {
                // Two cities answering to one name would make an address silently pick one of them.
                if (index.TryGetValue((city.ProvinceCode, key), out var other) && other != city)
                {
                    throw Malformed(line, $"'{key}' would name both {other.Name} and {city.Name}", null);
                }

                index[(city.ProvinceCode, key)] = city;
            }
        }

        return index;
    }

    private static IEnumerable<string> NamesOf(City city)
    {
        yield return city.Code;
        if (city.Code.EndsWith("00", StringComparison.Ordinal))
        {
            yield return city.Code[..4];
        }

        yield return city.Name;
        var name = city.Name;
        if (name.EndsWith("自治州", StringComparison.Ordinal) || name.EndsWith("自治县", StringComparison.Ordinal))
        {
            var place = StripEthnicNames(name[..^3]);
            if (place.Length >= 2)
            {
                yield return place;
                if (name.EndsWith('州'))
                {
                    yield return place + "州";
                }
            }

            yield break;
        }

        foreach (var suffix in PlainSuffixes)
        {
            // A one-character remainder (沙市 → 沙) would be too loose a name to accept.
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                yield return name[..^suffix.Length];
                yield break;
            }
        }
    }

    private static string StripEthnicNames(string name)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var ethnic in EthnicNames)
            {
                if (name.Length > ethnic.Length && name.EndsWith(ethnic, StringComparison.Ordinal))
                {
                    name = name[..^ethnic.Length];
                    stripped = true;
                }
            }
        }

        return name;
    }

    private static bool IsCode(string text) => text.Length == 6 && text.All(char.IsAsciiDigit);

    private static bool IsProvinceCode(string code) => code.EndsWith("0000", StringComparison.Ordinal);

    private static double ParseDegrees(string text, double limit, string what, int lineNumber, string line)
    {
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var degrees)
            || Math.Abs(degrees) > limit)
        {
            throw Malformed(lineNumber, $"{what} '{text}' is not a number of degrees within ±{limit}", line);
        }

        return degrees;
    }

    private static InvalidDataException Malformed(int lineNumber, string problem, string? line) =>
        new($"{ResourceName} line {lineNumber}: {problem}" + (line is null ? string.Empty : $": \"{line}\""));

    private static RegionTable LoadEmbedded()
    {
        using var stream = typeof(RegionTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"{ResourceName} is not embedded in {typeof(RegionTable).Assembly.GetName().Name}; see its EmbeddedResource item.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, Geography.Provinces.Pinyin);
    }
}
