using System.Diagnostics.CodeAnalysis;

namespace OrderActors.Domain.Geography;

/// <summary>
/// The 31 province-level divisions of mainland China with their GB/T 2260 codes. Addresses name a
/// province by code ("330000" or "33"), Chinese name with or without its suffix ("浙江省", "浙江"),
/// or pinyin ("Zhejiang"); anything else does not resolve, and the caller reports it.
/// </summary>
public static class Provinces
{
    // Codes, names and capitals come from regions.csv; GB/T 2260 has no romanisation, so pinyin lives
    // here. The table refuses to load if the two lists ever disagree on which provinces exist.
    private static readonly Dictionary<string, string> PinyinNames = new(StringComparer.Ordinal)
    {
        ["110000"] = "Beijing",
        ["120000"] = "Tianjin",
        ["130000"] = "Hebei",
        ["140000"] = "Shanxi",
        ["150000"] = "Inner Mongolia",
        ["210000"] = "Liaoning",
        ["220000"] = "Jilin",
        ["230000"] = "Heilongjiang",
        ["310000"] = "Shanghai",
        ["320000"] = "Jiangsu",
        ["330000"] = "Zhejiang",
        ["340000"] = "Anhui",
        ["350000"] = "Fujian",
        ["360000"] = "Jiangxi",
        ["370000"] = "Shandong",
        ["410000"] = "Henan",
        ["420000"] = "Hubei",
        ["430000"] = "Hunan",
        ["440000"] = "Guangdong",
        ["450000"] = "Guangxi",
        ["460000"] = "Hainan",
        ["500000"] = "Chongqing",
        ["510000"] = "Sichuan",
        ["520000"] = "Guizhou",
        ["530000"] = "Yunnan",
        ["540000"] = "Tibet",
        ["610000"] = "Shaanxi",
        ["620000"] = "Gansu",
        ["630000"] = "Qinghai",
        ["640000"] = "Ningxia",
        ["650000"] = "Xinjiang",
    };

    private static readonly string[] Suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"];

    private static readonly Lazy<Dictionary<string, Province>> ByAnyName = new(BuildIndex, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<Province> All => RegionTable.Instance.Provinces;

    public static bool TryResolve(string? text, [NotNullWhen(true)] out Province? province)
    {
        province = null;
        var key = text?.Trim();
        return !string.IsNullOrEmpty(key) && ByAnyName.Value.TryGetValue(key, out province);
    }

    internal static IReadOnlyDictionary<string, string> Pinyin => PinyinNames;

    private static Dictionary<string, Province> BuildIndex()
    {
        var index = new Dictionary<string, Province>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in All)
        {
            index[p.Code] = p;
            index[p.Code[..2]] = p;
            index[p.Name] = p;
            index[p.PinyinName] = p;
            index[p.PinyinName.Replace(" ", string.Empty, StringComparison.Ordinal)] = p;
            var shortName = Suffixes.Aggregate(p.Name, (name, suffix) =>
                name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : name);
            index[shortName] = p;
        }

        return index;
    }
}
