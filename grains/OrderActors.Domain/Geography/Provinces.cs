using System.Diagnostics.CodeAnalysis;

namespace OrderActors.Domain.Geography;

/// <summary>
/// The 31 province-level divisions of mainland China with their GB/T 2260 codes. Addresses name a
/// province by code ("330000" or "33"), Chinese name with or without its suffix ("浙江省", "浙江"),
/// or pinyin ("Zhejiang"); anything else does not resolve, and the caller reports it.
/// </summary>
public static class Provinces
{
    public static IReadOnlyList<Province> All { get; } =
    [
        new("110000", "北京市", "Beijing"),
        new("120000", "天津市", "Tianjin"),
        new("130000", "河北省", "Hebei"),
        new("140000", "山西省", "Shanxi"),
        new("150000", "内蒙古自治区", "Inner Mongolia"),
        new("210000", "辽宁省", "Liaoning"),
        new("220000", "吉林省", "Jilin"),
        new("230000", "黑龙江省", "Heilongjiang"),
        new("310000", "上海市", "Shanghai"),
        new("320000", "江苏省", "Jiangsu"),
        new("330000", "浙江省", "Zhejiang"),
        new("340000", "安徽省", "Anhui"),
        new("350000", "福建省", "Fujian"),
        new("360000", "江西省", "Jiangxi"),
        new("370000", "山东省", "Shandong"),
        new("410000", "河南省", "Henan"),
        new("420000", "湖北省", "Hubei"),
        new("430000", "湖南省", "Hunan"),
        new("440000", "广东省", "Guangdong"),
        new("450000", "广西壮族自治区", "Guangxi"),
        new("460000", "海南省", "Hainan"),
        new("500000", "重庆市", "Chongqing"),
        new("510000", "四川省", "Sichuan"),
        new("520000", "贵州省", "Guizhou"),
        new("530000", "云南省", "Yunnan"),
        new("540000", "西藏自治区", "Tibet"),
        new("610000", "陕西省", "Shaanxi"),
        new("620000", "甘肃省", "Gansu"),
        new("630000", "青海省", "Qinghai"),
        new("640000", "宁夏回族自治区", "Ningxia"),
        new("650000", "新疆维吾尔自治区", "Xinjiang"),
    ];

    private static readonly string[] Suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"];

    private static readonly Dictionary<string, Province> ByAnyName = BuildIndex();

    public static bool TryResolve(string? text, [NotNullWhen(true)] out Province? province)
    {
        province = null;
        var key = text?.Trim();
        return !string.IsNullOrEmpty(key) && ByAnyName.TryGetValue(key, out province);
    }

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
