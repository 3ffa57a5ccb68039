using OrderActors.Domain.Channels;

namespace OrderActors.Domain.Tests.Channels;

public sealed class PullCheckpointTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static PullWindow Window(int fromMinutes, int toMinutes) => new(T0.AddMinutes(fromMinutes), T0.AddMinutes(toMinutes));

    private static WindowPull Complete(PullWindow window, int pages)
    {
        var pull = WindowPull.Start(window).WithTotalPages(pages);
        for (var page = pages; page >= 1; page--)
        {
            pull = pull.WithPageCommitted(page);
        }

        return pull;
    }

    [Fact]
    public void A_window_whose_pages_were_all_committed_moves_the_checkpoint_to_its_end()
    {
        var window = Window(-5, 30);

        Assert.Equal(window.End, PullCheckpoint.Advance(T0, [Complete(window, 3)]));
    }

    [Fact]
    public void A_window_with_a_page_missing_does_not_move_it()
    {
        var pull = WindowPull.Start(Window(-5, 30)).WithTotalPages(3).WithPageCommitted(3).WithPageCommitted(1);

        Assert.False(pull.IsComplete);
        Assert.Equal(T0, PullCheckpoint.Advance(T0, [pull]));
    }

    [Fact]
    public void A_window_whose_page_count_is_unknown_does_not_move_it()
    {
        Assert.Equal(T0, PullCheckpoint.Advance(T0, [WindowPull.Start(Window(-5, 30)).WithPageCommitted(1)]));
    }

    [Fact]
    public void An_empty_window_is_complete()
    {
        var window = Window(-5, 30);

        Assert.Equal(window.End, PullCheckpoint.Advance(T0, [WindowPull.Start(window).WithTotalPages(0)]));
    }

    [Fact]
    public void An_incomplete_window_stops_the_run_even_if_later_ones_are_complete()
    {
        var first = Complete(Window(-5, 30), 2);
        var second = WindowPull.Start(Window(30, 60)).WithTotalPages(2).WithPageCommitted(2);
        var third = Complete(Window(60, 90), 1);

        Assert.Equal(T0.AddMinutes(30), PullCheckpoint.Advance(T0, [first, second, third]));
    }

    [Fact]
    public void A_window_that_does_not_join_the_checkpoint_cannot_advance_it()
    {
        Assert.Equal(T0, PullCheckpoint.Advance(T0, [Complete(Window(10, 40), 1)]));
    }

    [Fact]
    public void The_checkpoint_never_moves_backwards()
    {
        Assert.Equal(T0, PullCheckpoint.Advance(T0, [Complete(Window(-60, -30), 1)]));
    }

    [Fact]
    public void A_page_beyond_the_reported_count_is_refused()
    {
        var pull = WindowPull.Start(Window(0, 30)).WithTotalPages(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => pull.WithPageCommitted(3));
    }
}
