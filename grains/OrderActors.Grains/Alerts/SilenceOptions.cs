namespace OrderActors.Grains.Alerts;

/// <summary>"OrderActors:Alerts:Silence": the silence policy of every shop, and per-shop overrides.</summary>
public sealed class SilenceOptions
{
    /// <summary>Silence outside quiet hours that raises the alert.</summary>
    public TimeSpan Threshold { get; set; } = Domain.Alerts.SilencePolicy.DefaultThreshold;

    /// <summary>Quiet hours entries (China time), e.g. <c>Mon-Sun 01:00-07:00</c>, <c>2026-10-01</c>, <c>!2026-11-11</c>.</summary>
    public List<string> QuietHours { get; set; } = [];

    /// <summary>Remind at most this often while a shop stays silent; null or zero: never.</summary>
    public TimeSpan? RepeatEvery { get; set; }

    /// <summary>Overrides by channel code, then shop: "Silence:Shops:taobao:flagship:Threshold".</summary>
    public Dictionary<string, Dictionary<string, SilenceShopOptions>> Shops { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
