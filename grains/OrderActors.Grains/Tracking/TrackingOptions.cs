namespace OrderActors.Grains.Tracking;

/// <summary>How tracking timelines make sure they caught up with their orders (section <c>OrderActors:Tracking</c>).</summary>
public sealed class TrackingOptions
{
    public const string Section = "OrderActors:Tracking";

    /// <summary>First check of an order in flight against the order grain, after its newest projected event.</summary>
    public TimeSpan ConfirmAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Then every this often until the order is delivered, completed or cancelled.</summary>
    public TimeSpan ConfirmEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the sweep grain looks for due checks (a reminder: at least the reminder service's minimum period).</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Orders the sweep takes per statement; it takes pages until none is due.</summary>
    public int SweepPage { get; set; } = 500;

    /// <summary>Checks the sweep runs at the same time.</summary>
    public int SweepParallelism { get; set; } = 32;

    /// <summary>A read confirms first when the timeline heard nothing from the stream or the order for this long.</summary>
    public TimeSpan ReadQuiet { get; set; } = TimeSpan.FromSeconds(30);
}
