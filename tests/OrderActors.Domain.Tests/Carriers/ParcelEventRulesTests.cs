using OrderActors.Domain.Carriers;

namespace OrderActors.Domain.Tests.Carriers;

public sealed class ParcelEventRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 11, 10, 0, 0, TimeSpan.FromHours(8));

    private sealed record Scan(string Key, DateTimeOffset At, ParcelState State);

    private static readonly Scan Picked = new("a", T0, ParcelState.PickedUp);
    private static readonly Scan Moving = new("b", T0.AddHours(5), ParcelState.InTransit);
    private static readonly Scan Out = new("c", T0.AddHours(20), ParcelState.OutForDelivery);
    private static readonly Scan Delivered = new("d", T0.AddHours(22), ParcelState.Delivered);

    private static ParcelMerge<Scan> Merge(IReadOnlyList<Scan> known, params Scan[] incoming) =>
        ParcelEventRules.Merge(known, incoming, s => s.Key, s => s.At);

    private static ParcelState StateOf(IEnumerable<Scan> scans) => ParcelEventRules.StateOf(scans.Select(s => s.State));

    [Fact]
    public void Events_are_kept_once_in_time_order_whatever_order_they_arrive_in()
    {
        var first = Merge([], Delivered, Picked);
        var second = Merge(first.All, Out, Picked, Moving, Delivered);

        Assert.Equal([Picked, Moving, Out, Delivered], second.All);
        Assert.Equal([Moving, Out], second.Fresh);
        Assert.Equal(ParcelState.Delivered, StateOf(second.All));
    }

    [Fact]
    public void A_repeated_delivery_brings_nothing_new()
    {
        var known = Merge([], Picked, Moving).All;
        var again = Merge(known, Moving, Picked, Moving);
        Assert.Empty(again.Fresh);
        Assert.Same(known, again.All);
    }

    [Fact]
    public void The_state_is_the_latest_events()
    {
        Assert.Equal(ParcelState.LabelCreated, StateOf([]));
        Assert.Equal(ParcelState.OutForDelivery, StateOf([Picked, Moving, Out]));
        Assert.Equal(ParcelState.Exception, StateOf([Picked, Moving, new Scan("x", T0.AddHours(6), ParcelState.Exception)]));
    }

    [Fact]
    public void A_delivery_is_not_undone_by_a_late_in_transit_scan_even_one_stamped_after_it()
    {
        // A courier's handheld uploads an in-transit scan late, with a clock ahead of the signature's.
        var late = new Scan("late", Delivered.At.AddMinutes(30), ParcelState.InTransit);
        var merged = Merge(Merge([], Picked, Delivered).All, late);

        Assert.Equal(late, merged.All[^1]);
        Assert.Equal(ParcelState.Delivered, StateOf(merged.All));
        Assert.Equal(ParcelState.Returned, StateOf([Picked, new Scan("r", T0.AddHours(30), ParcelState.Returned), new Scan("e", T0.AddHours(31), ParcelState.Exception)]));
    }

    [Fact]
    public void A_return_after_delivery_is_the_newer_final_word()
    {
        var returned = new Scan("r", Delivered.At.AddDays(1), ParcelState.Returned);
        Assert.Equal(ParcelState.Returned, StateOf([Picked, Delivered, returned]));
        Assert.True(ParcelEventRules.IsFinal(ParcelState.Returned));
        Assert.False(ParcelEventRules.IsFinal(ParcelState.Exception));
    }

    [Fact]
    public void Any_split_shuffle_and_repetition_of_the_same_events_ends_in_the_same_timeline()
    {
        var random = new Random(20261111);
        Scan[] all = [Picked, Moving, Out, Delivered, new("late", Delivered.At.AddMinutes(5), ParcelState.InTransit)];
        for (var run = 0; run < 200; run++)
        {
            var deliveries = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => all.Where(_ => random.Next(2) == 0).OrderBy(_ => random.Next()).ToArray())
                .Append(all.OrderBy(_ => random.Next()).ToArray());
            IReadOnlyList<Scan> known = [];
            var fresh = 0;
            foreach (var delivery in deliveries)
            {
                var merge = Merge(known, delivery);
                (known, fresh) = (merge.All, fresh + merge.Fresh.Count);
            }

            Assert.Equal(all, known);
            Assert.Equal(all.Length, fresh);
            Assert.Equal(ParcelState.Delivered, StateOf(known));
        }
    }

    [Fact]
    public void An_event_key_is_the_same_for_a_pushed_and_a_polled_scan_and_differs_by_code_time_and_place()
    {
        var key = ParcelEventRules.EventKey("SF", "50", T0, "杭州市");
        Assert.Equal(key, ParcelEventRules.EventKey("SF", " 50", T0.ToUniversalTime(), " 杭州市 "));
        Assert.StartsWith("sf:50:", key, StringComparison.Ordinal);
        Assert.NotEqual(key, ParcelEventRules.EventKey("SF", "30", T0, "杭州市"));
        Assert.NotEqual(key, ParcelEventRules.EventKey("SF", "50", T0.AddSeconds(1), "杭州市"));
        Assert.NotEqual(key, ParcelEventRules.EventKey("SF", "50", T0, "上海市"));
        Assert.NotEqual(key, ParcelEventRules.EventKey("ZTO", "50", T0, "杭州市"));
    }
}
