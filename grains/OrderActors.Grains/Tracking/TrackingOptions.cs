namespace OrderActors.Grains.Tracking;

/// <summary>How tracking timelines make sure they caught up with their orders (section <c>OrderActors:Tracking</c>).</summary>
public sealed class TrackingOptions
{
    public const string Section = "OrderActors:Tracking";

    /// <summary>First check of an order in flight against the order grain, after its first event (a reminder).</summary>
    public TimeSpan ConfirmAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Then every this often until the order is delivered, completed or cancelled.</summary>
    public TimeSpan ConfirmEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A read confirms first when the timeline heard nothing from the stream or the order for this long.</summary>
    public TimeSpan ReadQuiet { get; set; } = TimeSpan.FromSeconds(30);
}
