using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Domain.Tests.Channels;

public sealed class WebStoreProtocolTests
{
    [Theory]
    [InlineData("pending_payment", PlatformOrderState.AwaitingPayment)]
    [InlineData("paid", PlatformOrderState.Paid)]
    [InlineData("on_hold", PlatformOrderState.OnHold)]
    [InlineData("partially_shipped", PlatformOrderState.PartiallyShipped)]
    [InlineData("shipped", PlatformOrderState.Shipped)]
    [InlineData("delivered", PlatformOrderState.Delivered)]
    [InlineData("completed", PlatformOrderState.Completed)]
    [InlineData("cancelled", PlatformOrderState.Cancelled)]
    [InlineData("refund_requested", PlatformOrderState.RefundRequested)]
    [InlineData("refunded", PlatformOrderState.Closed)]
    public void Web_store_statuses_map_as_the_contract_says(string status, PlatformOrderState expected)
    {
        var mapped = WebStoreStatusMap.Map(status);

        Assert.Equal(expected, mapped.State);
        Assert.Equal(status, mapped.RawCode);
    }

    [Theory]
    [InlineData("PAID")]
    [InlineData("canceled")]
    [InlineData("processing")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_status_is_unknown_and_kept_raw(string? status)
    {
        var mapped = WebStoreStatusMap.Map(status);

        Assert.Equal(PlatformOrderState.Unknown, mapped.State);
        Assert.Equal(status ?? string.Empty, mapped.RawCode);
    }

    [Fact]
    public void A_full_refund_closes_the_order_so_an_unshipped_one_is_cancelled_not_shipped() =>
        Assert.Equal(PlatformOrderState.Closed, WebStoreStatusMap.Map("refunded").State);

    [Theory]
    [InlineData("pending_payment", false)]
    [InlineData("cancelled", false)]
    [InlineData("paid", true)]
    [InlineData("shipped", true)]
    [InlineData("refund_requested", true)]
    [InlineData("refunded", true)]
    public void Statuses_after_payment_need_a_payment_time(string status, bool needsPaidAt) =>
        Assert.Equal(needsPaidAt, WebStoreStatusMap.ImpliesPayment(WebStoreStatusMap.Map(status).State));

    [Theory]
    [InlineData("rate_limited", PlatformErrorClass.Retryable)]
    [InlineData("unavailable", PlatformErrorClass.Retryable)]
    [InlineData("internal_error", PlatformErrorClass.Retryable)]
    [InlineData("invalid_token", PlatformErrorClass.AuthExpired)]
    [InlineData("insufficient_scope", PlatformErrorClass.Permanent)]
    [InlineData("invalid_parameter", PlatformErrorClass.Permanent)]
    [InlineData("order_not_found", PlatformErrorClass.Permanent)]
    [InlineData("something_new", PlatformErrorClass.Unclassified)]
    public void Store_api_problem_codes_are_classified(string code, PlatformErrorClass expected) =>
        Assert.Equal(expected, WebStoreErrorClassifier.Classify(new PlatformError(code)));

    [Theory]
    [InlineData("invalid_grant", PlatformErrorClass.AuthExpired)]
    [InlineData("invalid_client", PlatformErrorClass.Permanent)]
    [InlineData("unsupported_grant_type", PlatformErrorClass.Permanent)]
    [InlineData("invalid_request", PlatformErrorClass.Permanent)]
    [InlineData("temporarily_unavailable", PlatformErrorClass.Unclassified)]
    public void Token_endpoint_errors_follow_RFC_6749(string error, PlatformErrorClass expected) =>
        Assert.Equal(expected, WebStoreErrorClassifier.ClassifyOAuth(error));

    [Fact]
    public void The_pull_rules_are_the_contracts_limits_and_valid()
    {
        var rules = PlatformPullRules.WebStore;

        rules.Validate();
        Assert.Equal(WebStoreProtocol.MaxWindow, rules.MaxWindow);
        Assert.Equal(WebStoreProtocol.MaxLookback, rules.MaxLookback);
        Assert.True(rules.Overlap > TimeSpan.Zero);
    }
}
