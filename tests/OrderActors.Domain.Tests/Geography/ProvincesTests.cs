using OrderActors.Domain.Geography;

namespace OrderActors.Domain.Tests.Geography;

public sealed class ProvincesTests
{
    [Theory]
    [InlineData("330000")]
    [InlineData("33")]
    [InlineData("浙江省")]
    [InlineData("浙江")]
    [InlineData("Zhejiang")]
    [InlineData(" zhejiang ")]
    public void A_province_resolves_by_code_chinese_or_pinyin_name(string text)
    {
        Assert.True(Provinces.TryResolve(text, out var province));
        Assert.Equal("330000", province.Code);
    }

    [Theory]
    [InlineData("新疆")]
    [InlineData("广西")]
    [InlineData("Inner Mongolia")]
    [InlineData("InnerMongolia")]
    [InlineData("内蒙古")]
    public void Autonomous_regions_resolve_by_short_names(string text) => Assert.True(Provinces.TryResolve(text, out _));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Atlantis")]
    [InlineData("999999")]
    [InlineData("杭州")]
    public void Anything_else_does_not_resolve(string? text) => Assert.False(Provinces.TryResolve(text, out _));

    [Fact]
    public void The_table_has_the_31_mainland_divisions_with_unique_six_digit_codes()
    {
        Assert.Equal(31, Provinces.All.Count);
        Assert.Equal(31, Provinces.All.Select(p => p.Code).Distinct().Count());
        Assert.All(Provinces.All, p => Assert.Matches("^[1-6][0-9]0000$", p.Code));
    }
}
