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

    [Theory]
    [InlineData("10019", PlatformErrorClass.AuthExpired)]
    [InlineData("20032", PlatformErrorClass.AuthExpired)]
    [InlineData("52101", PlatformErrorClass.Retryable)]
    [InlineData("52103", PlatformErrorClass.Retryable)]
    [InlineData("70031", PlatformErrorClass.Retryable)]
    [InlineData("20004", PlatformErrorClass.Permanent)]
    [InlineData("21001", PlatformErrorClass.Permanent)]
    [InlineData(" 10016 ", PlatformErrorClass.Permanent)]
    [InlineData("50000", PlatformErrorClass.Unclassified)]
    [InlineData("52002", PlatformErrorClass.Unclassified)]
    [InlineData("99999", PlatformErrorClass.Unclassified)]
    public void Pinduoduo(string code, PlatformErrorClass expected) =>
        Assert.Equal(expected, PddErrorClassifier.Classify(new PlatformError(code)));
}
