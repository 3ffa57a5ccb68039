using OrderActors.Domain.Channels;

namespace OrderActors.Domain.Tests.Channels;

public sealed class PullWindowPlannerTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 12, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Next_pull_starts_one_overlap_before_the_checkpoint_and_ends_at_now()
    {
        var checkpoint = Now.AddMinutes(-20);

        var plan = PullWindowPlanner.Plan(PlatformPullRules.Taobao, checkpoint, Now, firstPullFrom: Now.AddDays(-1));

        Assert.Equal([new PullWindow(checkpoint.AddMinutes(-5), Now)], plan.Windows);
        Assert.Null(plan.LookbackGap);
    }

    [Fact]
    public void Pinduoduo_windows_are_at_most_30_minutes_contiguous_and_stop_3_minutes_before_now()
    {
        var checkpoint = Now.AddHours(-2);

        var plan = PullWindowPlanner.Plan(PlatformPullRules.Pinduoduo, checkpoint, Now, Now);

        Assert.All(plan.Windows, w => Assert.InRange(w.Length, TimeSpan.FromTicks(1), TimeSpan.FromMinutes(30)));
        Assert.Equal(checkpoint.AddMinutes(-3), plan.Windows[0].Start);
        Assert.Equal(Now.AddMinutes(-3), plan.Windows[^1].End);
        for (var i = 1; i < plan.Windows.Count; i++)
        {
            Assert.Equal(plan.Windows[i - 1].End, plan.Windows[i].Start);
        }
    }

    [Theory]
    [MemberData(nameof(AllPlatforms))]
    public void No_window_ends_in_the_future_or_exceeds_the_platform_maximum(string platform, PullWindowRules rules)
    {
        foreach (var hoursBehind in new[] { 0.01, 1, 25, 24 * 40 })
        {
            var plan = PullWindowPlanner.Plan(rules, Now.AddHours(-hoursBehind), Now, Now);

            Assert.All(plan.Windows, w =>
            {
                Assert.True(w.End <= Now, platform);
                Assert.True(w.Start < w.End, platform);
                Assert.True(w.Length <= rules.MaxWindow, platform);
            });
            Assert.True(plan.Windows.Count <= rules.MaxWindowsPerPlan, platform);
        }
    }

    public static TheoryData<string, PullWindowRules> AllPlatforms() => new()
    {
        { "taobao", PlatformPullRules.Taobao },
        { "pdd", PlatformPullRules.Pinduoduo },
        { "jd", PlatformPullRules.Jd },
        { "douyin", PlatformPullRules.Douyin },
    };

    [Fact]
    public void A_checkpoint_older_than_the_lookback_starts_at_the_earliest_allowed_time_and_reports_the_gap()
    {
        var checkpoint = Now.AddDays(-120);

        var plan = PullWindowPlanner.Plan(PlatformPullRules.Taobao, checkpoint, Now, Now);

        Assert.Equal(Now.AddDays(-90), plan.Windows[0].Start);
        Assert.Equal(new PullWindow(checkpoint.AddMinutes(-5), Now.AddDays(-90)), plan.LookbackGap);
    }

    [Fact]
    public void Catching_up_goes_in_bounded_steps()
    {
        var plan = PullWindowPlanner.Plan(PlatformPullRules.Jd, Now.AddDays(-30), Now, Now);

        Assert.Equal(PlatformPullRules.Jd.MaxWindowsPerPlan, plan.Windows.Count);
        Assert.True(plan.Windows[^1].End < Now);
    }

    [Fact]
    public void A_new_shop_starts_at_its_first_pull_time()
    {
        var plan = PullWindowPlanner.Plan(PlatformPullRules.Douyin, checkpoint: null, Now, firstPullFrom: Now.AddHours(-3));

        Assert.Equal(new PullWindow(Now.AddHours(-3), Now), Assert.Single(plan.Windows));
    }

    [Fact]
    public void Nothing_to_pull_while_still_inside_the_settle_lag()
    {
        // Checkpoint 1 minute ago, minus 3 minutes overlap = 4 minutes ago; upper bound is 3 minutes ago.
        var plan = PullWindowPlanner.Plan(PlatformPullRules.Pinduoduo, Now.AddMinutes(-1), Now, Now);
        Assert.Equal([new PullWindow(Now.AddMinutes(-4), Now.AddMinutes(-3))], plan.Windows);

        var atUpper = PullWindowPlanner.Plan(PlatformPullRules.Pinduoduo, Now, Now.AddMinutes(0), Now);
        Assert.True(atUpper.IsEmpty);
    }

    [Fact]
    public void Rules_that_could_never_move_forward_are_refused()
    {
        var bad = PlatformPullRules.Taobao with { Overlap = TimeSpan.FromDays(1) };

        Assert.Throws<ArgumentOutOfRangeException>(() => PullWindowPlanner.Plan(bad, Now, Now, Now));
    }
}
