using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Domain.Channels.Pinduoduo;
using OrderActors.Domain.Channels.Taobao;

namespace OrderActors.Domain.Tests.Channels;

public sealed class ErrorClassifierTests
{
    [Theory]
    [InlineData("7", null, PlatformErrorClass.Retryable)]
    [InlineData("27", null, PlatformErrorClass.AuthExpired)]
    [InlineData("25", null, PlatformErrorClass.Permanent)]
    [InlineData("15", "accesscontrol.limited-by-api-access-count", PlatformErrorClass.Retryable)]
    [InlineData("15", "isp.remote-service-timeout", PlatformErrorClass.Unclassified)]
    [InlineData("999", null, PlatformErrorClass.Unclassified)]
    public void Taobao(string code, string? subCode, PlatformErrorClass expected) =>
        Assert.Equal(expected, TopErrorClassifier.Classify(new PlatformError(code, subCode)));

    [Theory]
    [InlineData("2", PlatformErrorClass.Retryable)]
    [InlineData("12", PlatformErrorClass.Permanent)]
    [InlineData("19", PlatformErrorClass.AuthExpired)]
    [InlineData("21", PlatformErrorClass.Permanent)]
    [InlineData("66", PlatformErrorClass.Unclassified)]
    public void Jd(string code, PlatformErrorClass expected) =>
        Assert.Equal(expected, JdErrorClassifier.Classify(new PlatformError(code)));

    [Theory]
    [InlineData("60000", null, PlatformErrorClass.Retryable)]
    [InlineData("20001", null, PlatformErrorClass.Retryable)]
    [InlineData("40003", "isv.access-token-expired", PlatformErrorClass.AuthExpired)]
    [InlineData("30001", "dop.authorization-no-existed", PlatformErrorClass.AuthExpired)]
    [InlineData("40003", "isv.signature-invalid", PlatformErrorClass.Permanent)]
    [InlineData("40003", "isv.something-new", PlatformErrorClass.Unclassified)]
    [InlineData("50002", null, PlatformErrorClass.Unclassified)]
    public void Douyin(string code, string? subCode, PlatformErrorClass expected) =>
        Assert.Equal(expected, DouyinErrorClassifier.Classify(new PlatformError(code, subCode)));

    [Fact]
    public void Pinduoduo_classifies_nothing_it_could_not_confirm() =>
        Assert.Equal(PlatformErrorClass.Unclassified, PddErrorClassifier.Classify(new PlatformError("10019")));
}
