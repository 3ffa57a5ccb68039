using OrderActors.Domain.Geography;

namespace OrderActors.Domain.Tests.Geography;

public sealed class RegionsTests
{
    [Fact]
    public void There_are_31_provinces_and_every_one_has_a_city()
    {
        Assert.Equal(31, Provinces.All.Count);
        Assert.All(Provinces.All, p => Assert.NotEmpty(Regions.CitiesOf(p.Code)));
        Assert.Equal(Regions.Cities.Count, Provinces.All.Sum(p => Regions.CitiesOf(p.Code).Count));
    }

    [Fact]
    public void Every_city_code_is_unique_and_starts_with_its_provinces_two_digits()
    {
        var provinceCodes = Provinces.All.Select(p => p.Code).ToHashSet();

        Assert.Equal(Regions.Cities.Count, Regions.Cities.Select(c => c.Code).Distinct().Count());
        Assert.All(Regions.Cities, c =>
        {
            Assert.Contains(c.ProvinceCode, provinceCodes);
            Assert.Matches("^[1-6][0-9]{5}$", c.Code);
            Assert.StartsWith(c.ProvinceCode[..2], c.Code, StringComparison.Ordinal);
            Assert.NotEqual(c.ProvinceCode, c.Code);
        });
    }

    [Fact]
    public void Every_seat_lies_inside_China()
    {
        // 三沙 governs the South China Sea islands from Yongxing Island (16.8°N), south of Hainan.
        var sansha = Regions.Cities.Single(c => c.Code == "460300");
        Assert.InRange(sansha.Latitude, 15, 18);
        Assert.InRange(sansha.Longitude, 110, 118);

        var places = Regions.Cities.Where(c => c != sansha).Select(c => (c.Name, c.Latitude, c.Longitude))
            .Concat(Provinces.All.Select(p => (p.Name, p.Latitude, p.Longitude)));
        Assert.All(places, p =>
        {
            Assert.InRange(p.Latitude, 18, 54);
            Assert.InRange(p.Longitude, 73, 135);
        });
    }

    [Fact]
    public void A_province_sits_at_its_capital()
    {
        Assert.True(Provinces.TryResolve("浙江", out var zhejiang));
        var hangzhou = Regions.CitiesOf(zhejiang.Code).Single(c => c.Name == "杭州市");

        Assert.Equal((hangzhou.Latitude, hangzhou.Longitude), (zhejiang.Latitude, zhejiang.Longitude));
    }

    [Theory]
    [InlineData("杭州")]
    [InlineData("杭州市")]
    [InlineData("330100")]
    [InlineData("3301")]
    [InlineData(" 杭州市 ")]
    public void A_city_resolves_by_code_or_chinese_name_with_or_without_its_suffix(string text)
    {
        Assert.True(Regions.TryResolve("浙江", text, out var region, out var error), error);
        Assert.Equal(("330000", "330100"), (region.ProvinceCode, region.CityCode));
        Assert.Equal("杭州市", region.City.Name);
    }

    [Theory]
    [InlineData("北京", "北京", "110100")]
    [InlineData("北京市", "北京市", "110100")]
    [InlineData("Beijing", "Beijing", "110100")]
    [InlineData("110000", "110100", "110100")]
    [InlineData("上海", "上海市", "310100")]
    [InlineData("天津", "天津", "120100")]
    [InlineData("重庆", "Chongqing", "500100")]
    public void A_municipality_is_the_single_city_of_its_province(string province, string city, string cityCode)
    {
        Assert.True(Regions.TryResolve(province, city, out var region, out var error), error);
        Assert.Equal(cityCode, region.CityCode);
        Assert.Single(Regions.CitiesOf(region.ProvinceCode));
    }

    [Theory]
    [InlineData("吉林", "延边朝鲜族自治州", "222400")]
    [InlineData("吉林", "延边", "222400")]
    [InlineData("吉林", "延边州", "222400")]
    [InlineData("青海", "海西蒙古族藏族自治州", "632800")]
    [InlineData("青海", "海西", "632800")]
    [InlineData("新疆", "阿克苏地区", "652900")]
    [InlineData("新疆", "阿克苏", "652900")]
    [InlineData("内蒙古", "兴安盟", "152200")]
    [InlineData("内蒙古", "兴安", "152200")]
    [InlineData("湖北", "神农架林区", "429021")]
    [InlineData("湖北", "仙桃", "429004")]
    [InlineData("河南", "济源市", "419001")]
    [InlineData("海南", "五指山", "469001")]
    public void Prefectures_leagues_and_directly_governed_units_resolve_by_full_or_short_name(string province, string city, string cityCode)
    {
        Assert.True(Regions.TryResolve(province, city, out var region, out var error), error);
        Assert.Equal(cityCode, region.CityCode);
    }

    [Fact]
    public void Every_city_resolves_by_its_own_code_and_name()
    {
        Assert.All(Regions.Cities, c =>
        {
            Assert.True(Provinces.TryResolve(c.ProvinceCode, out var province));
            Assert.True(Regions.TryResolveCity(province, c.Code, out var byCode));
            Assert.True(Regions.TryResolveCity(province, c.Name, out var byName));
            Assert.Equal(c, byCode);
            Assert.Equal(c, byName);
        });
    }

    [Theory]
    [InlineData("浙江", "Gotham", "city 'Gotham' is not a city of 浙江省")]
    [InlineData("浙江省", "南京", "city '南京' is not a city of 浙江省")]
    [InlineData("Zhejiang", "320100", "city '320100' is not a city of 浙江省")]
    [InlineData("浙江", " ", "city is missing for 浙江省")]
    [InlineData("Atlantis", "杭州", "province 'Atlantis' is not a province-level division of mainland China")]
    [InlineData(null, "杭州", "province is missing")]
    public void What_does_not_resolve_is_named_with_its_province(string? province, string? city, string expected)
    {
        Assert.False(Regions.TryResolve(province, city, out var region, out var error));
        Assert.Null(region);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Distances_are_great_circle_kilometres()
    {
        var beijing = City("110100");
        var shanghai = City("310100");
        var hangzhou = City("330100");

        Assert.InRange(Regions.DistanceKm(beijing, shanghai), 1_000, 1_150);
        Assert.InRange(Regions.DistanceKm(hangzhou, shanghai), 150, 200);
        Assert.Equal(Regions.DistanceKm(beijing, shanghai), Regions.DistanceKm(shanghai, beijing), 9);
        Assert.Equal(0, Regions.DistanceKm(hangzhou, hangzhou));
    }

    [Theory]
    [InlineData("110000,北京市,,39.9,116.4\n110100,北京市,110000,39.9", 3, "expected 5 fields")]
    [InlineData("110000,北京市,,39.9,116.4\n110100,北京市,110000,north,116.4", 3, "latitude 'north'")]
    [InlineData("110000,北京市,,39.9,116.4\n110100,北京市,110000,39.9,216.4", 3, "longitude '216.4'")]
    [InlineData("110000,北京市,,39.9,116.4\n11010,北京市,110000,39.9,116.4", 3, "not six digits")]
    [InlineData("110000,北京市,,39.9,116.4\n110000,北京市,,39.9,116.4", 3, "already on line 2")]
    [InlineData("110000,北京市,,39.9,116.4\n120100,天津市,110000,39.1,117.2", 3, "does not lie inside province 110000")]
    [InlineData("110000,北京市,,39.9,116.4\n120100,天津市,120000,39.1,117.2", 3, "province 120000 has no row")]
    [InlineData("120000,天津市,,39.1,117.2", 2, "no pinyin name")]
    [InlineData("110000,北京市,,39.9,116.4\n110100,东城市,110000,39.9,116.4\n110200,东城,110000,39.9,116.4", 4, "'东城' would name both")]
    public void A_malformed_row_stops_the_load_with_its_line_number(string rows, int line, string problem)
    {
        var csv = $"{RegionTable.Header}\n{rows}\n";

        var failure = Assert.Throws<InvalidDataException>(
            () => RegionTable.Parse(new StringReader(csv), new Dictionary<string, string> { ["110000"] = "Beijing" }));
        Assert.Contains($"line {line}:", failure.Message, StringComparison.Ordinal);
        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wellformed_table_parses()
    {
        var csv = $"{RegionTable.Header}\n110000,北京市,,39.9,116.4\n110100,北京市,110000,39.9,116.4\n";

        var table = RegionTable.Parse(new StringReader(csv), new Dictionary<string, string> { ["110000"] = "Beijing" });

        Assert.Equal("Beijing", Assert.Single(table.Provinces).PinyinName);
        Assert.Equal("110100", Assert.Single(table.CitiesOf("110000")).Code);
    }

    private static City City(string code) => Regions.Cities.Single(c => c.Code == code);
}
