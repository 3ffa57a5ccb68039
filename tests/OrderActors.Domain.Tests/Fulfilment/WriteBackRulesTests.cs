using OrderActors.Domain.Fulfilment;

namespace OrderActors.Domain.Tests.Fulfilment;

public sealed class WriteBackRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 11, 10, 0, 0, TimeSpan.Zero);
    private static readonly WriteBackPolicy Policy = new([TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1)], 3);

    private static WriteBack Pending() => WriteBackRules.Request(null, "SF", "SF1", T0, T0).Next;

    [Fact]
    public void A_first_notice_is_pending_and_due_now_and_the_same_notice_again_changes_nothing()
    {
        var (first, decision) = WriteBackRules.Request(null, "SF", "SF1", T0, T0);
        var (again, repeat) = WriteBackRules.Request(first, "sf", "SF1", T0, T0.AddMinutes(5));

        Assert.Equal((WriteBackRequestDecision.New, WriteBackStatus.Pending, 0), (decision, first.Status, first.Attempts));
        Assert.True(first.IsDue(T0));
        Assert.Equal(WriteBackRequestDecision.Repeat, repeat);
        Assert.Same(first, again);
    }

    [Fact]
    public void Another_waybill_replaces_one_not_acknowledged_but_not_one_the_platform_acknowledged()
    {
        var failed = WriteBackRules.Attempted(Pending(), WriteBackAttempt.Refused, "closed", T0, Policy);
        var (replaced, decision) = WriteBackRules.Request(failed, "ZTO", "ZT2", T0, T0.AddMinutes(1));
        var acknowledged = WriteBackRules.Attempted(replaced, WriteBackAttempt.Acknowledged, null, T0.AddMinutes(2), Policy);
        var (kept, late) = WriteBackRules.Request(acknowledged, "YUNDA", "YD3", T0, T0.AddMinutes(3));

        Assert.Equal(WriteBackRequestDecision.Replaced, decision);
        Assert.Equal(("ZTO", "ZT2", WriteBackStatus.Pending, 1, 0, null), (replaced.Carrier, replaced.Waybill, replaced.Status, replaced.Attempts, replaced.Failures, replaced.LastError));
        Assert.Equal(WriteBackRequestDecision.AfterAcknowledgement, late);
        Assert.Equal(("ZT2", WriteBackStatus.Acknowledged), (kept.Waybill, kept.Status));
        Assert.Contains("YD3", kept.LastError);
    }

    [Fact]
    public void Passing_failures_back_off_by_the_policy_and_a_later_retry_after_wins()
    {
        var once = WriteBackRules.Attempted(Pending(), WriteBackAttempt.Transient, "503", T0, Policy);
        var twice = WriteBackRules.Attempted(once, WriteBackAttempt.Transient, "503", T0, Policy);
        var thrice = WriteBackRules.Attempted(twice, WriteBackAttempt.Transient, "503", T0, Policy);
        var paused = WriteBackRules.Attempted(thrice, WriteBackAttempt.Transient, "paused", T0, Policy, retryAfter: T0.AddMinutes(5));

        Assert.Equal(T0.AddSeconds(10), once.NextAttemptAt);
        Assert.Equal(T0.AddMinutes(1), twice.NextAttemptAt);
        Assert.Equal(T0.AddMinutes(1), thrice.NextAttemptAt);
        Assert.Equal(T0.AddMinutes(5), paused.NextAttemptAt);
        Assert.Equal((WriteBackStatus.Pending, 4), (paused.Status, paused.Attempts));
        Assert.False(once.IsDue(T0));
    }

    [Fact]
    public void Unclassified_answers_fail_after_the_limit_in_a_row_and_an_operator_retry_starts_over()
    {
        var state = Pending();
        for (var i = 0; i < 2; i++)
        {
            state = WriteBackRules.Attempted(state, WriteBackAttempt.Unclassified, "code 15", T0, Policy);
            Assert.Equal(WriteBackStatus.Pending, state.Status);
        }

        var failed = WriteBackRules.Attempted(state, WriteBackAttempt.Unclassified, "code 15", T0, Policy);
        var retried = WriteBackRules.Retry(failed, T0.AddHours(1));

        Assert.Equal(WriteBackStatus.Failed, failed.Status);
        Assert.Contains("3 unclassified", failed.LastError);
        Assert.Equal((WriteBackStatus.Pending, 0, 3), (retried!.Status, retried.Failures, retried.Attempts));
        Assert.True(retried.IsDue(T0.AddHours(1)));
        Assert.Null(WriteBackRules.Retry(retried, T0));
    }

    [Fact]
    public void Already_shipped_with_the_same_waybill_counts_as_acknowledged_and_not_applicable_settles()
    {
        var already = WriteBackRules.Attempted(Pending(), WriteBackAttempt.AlreadyShipped, null, T0, Policy);
        var nobody = WriteBackRules.Attempted(Pending(), WriteBackAttempt.NotApplicable, "no connector", T0, Policy);

        Assert.Equal((WriteBackStatus.Acknowledged, T0), (already.Status, already.AcknowledgedAt));
        Assert.Equal((WriteBackStatus.NotApplicable, (DateTimeOffset?)null), (nobody.Status, nobody.NextAttemptAt));
    }

    [Fact]
    public void Every_platform_has_a_code_for_each_of_our_carriers_and_an_unknown_carrier_has_none()
    {
        foreach (var platform in Enum.GetValues<ShipPlatform>())
        {
            foreach (var carrier in (string[])["SF", "ZTO", "YUNDA"])
            {
                Assert.False(string.IsNullOrWhiteSpace(CarrierCodes.For(platform, carrier)?.Code), $"{platform} {carrier}");
            }

            Assert.Null(CarrierCodes.For(platform, "NO-SUCH"));
        }

        Assert.Equal("467", CarrierCodes.For(ShipPlatform.Jd, " sf ")!.Code);
    }
}
