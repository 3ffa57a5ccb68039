using OrderActors.Domain.Alerts;
using OrderActors.Grains.Alerts;

namespace OrderActors.Simulators.Tests.Alerts;

/// <summary>Alerts as the connector will make them: a silent shop (with a Chinese name, to carry non-ASCII text over the wire).</summary>
internal static class TestAlerts
{
    public const string Source = "taobao:旗舰店";

    public static readonly DateTimeOffset LastOrder = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    public static Alert Silent()
    {
        var now = LastOrder.AddMinutes(12);
        var evaluation = SilenceMonitor.Evaluate(SilencePolicy.Default, LastOrder, now, SilenceAlertState.Initial);
        return ChannelAlerts.Silence(Source, evaluation, SilencePolicy.Default, now) ?? throw new InvalidOperationException("no alert");
    }
}
