using OrderActors.Domain.Approvals;

namespace OrderActors.Domain.Tests.Approvals;

public sealed class ApprovalPolicyTests
{
    private static readonly ApprovalRule HighValue = new("high-value", null, null, 100_000, ["Wang Fang"]);
    private static readonly ApprovalRule JdFromShanghai = new("jd-sh", "jd", "WH-SH", null, []);
    private static readonly ApprovalRule Everything = new("all", null, null, null, []);

    [Fact]
    public void Each_condition_given_must_hold()
    {
        Assert.True(JdFromShanghai.Covers(new ApprovalSubject("jd", ["WH-SH"], 1)));
        Assert.True(JdFromShanghai.Covers(new ApprovalSubject("JD", ["WH-GZ", "WH-SH"], 1)));
        Assert.False(JdFromShanghai.Covers(new ApprovalSubject("taobao", ["WH-SH"], 1)));
        Assert.False(JdFromShanghai.Covers(new ApprovalSubject("jd", ["WH-GZ"], 1)));
    }

    [Fact]
    public void The_value_threshold_is_inclusive()
    {
        Assert.True(HighValue.Covers(new ApprovalSubject("web", ["WH-SH"], 100_000)));
        Assert.False(HighValue.Covers(new ApprovalSubject("web", ["WH-SH"], 99_999)));
    }

    [Fact]
    public void The_first_covering_rule_wins_and_no_rule_means_no_approval()
    {
        Assert.Equal("high-value", ApprovalPolicy.Match([HighValue, Everything], new ApprovalSubject("jd", ["WH-SH"], 200_000))?.Name);
        Assert.Equal("all", ApprovalPolicy.Match([HighValue, Everything], new ApprovalSubject("jd", ["WH-SH"], 10))?.Name);
        Assert.Null(ApprovalPolicy.Match([HighValue, JdFromShanghai], new ApprovalSubject("taobao", ["WH-SH"], 10)));
        Assert.Null(ApprovalPolicy.Match([], new ApprovalSubject("taobao", ["WH-SH"], 10)));
    }

    [Fact]
    public void Invalid_rule_sets_are_explained()
    {
        var errors = ApprovalPolicy.Validate([Everything, Everything with { MinOrderValueFen = -1 }, new ApprovalRule(" ", null, null, null, [""])]);

        Assert.Contains("rules[1].name: 'all' is used twice.", errors);
        Assert.Contains("rules[1].minOrderValueFen: must not be negative.", errors);
        Assert.Contains("rules[2].name: 1-64 characters.", errors);
        Assert.Contains("rules[2].approvers: names must not be blank.", errors);
    }
}
