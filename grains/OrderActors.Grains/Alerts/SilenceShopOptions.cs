namespace OrderActors.Grains.Alerts;

/// <summary>One shop's override of the silence policy; what is not set is inherited.</summary>
public sealed class SilenceShopOptions
{
    public TimeSpan? Threshold { get; set; }

    /// <summary>Replaces the default entries when any is given; <c>none</c> alone: no quiet hours for this shop.</summary>
    public List<string> QuietHours { get; set; } = [];

    /// <summary>Zero: never remind for this shop, whatever the default.</summary>
    public TimeSpan? RepeatEvery { get; set; }
}
