using System.Diagnostics.CodeAnalysis;
using OrderActors.GrainInterfaces.Fulfilment;

namespace OrderActors.Grains.Fulfilment;

/// <summary>The event types as the WMS writes them (docs/wms.md), and as <c>wms_events.kind</c> stores them.</summary>
internal static class WmsEventTypes
{
    public const string Known = "picked, packed, outbound_scan";

    public static string Wire(WarehouseEventKind kind) => kind switch
    {
        WarehouseEventKind.Picked => "picked",
        WarehouseEventKind.Packed => "packed",
        WarehouseEventKind.OutboundScan => "outbound_scan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a warehouse event kind"),
    };

    public static bool TryParse(string? wire, [NotNullWhen(true)] out WarehouseEventKind? kind)
    {
        kind = wire switch
        {
            "picked" => WarehouseEventKind.Picked,
            "packed" => WarehouseEventKind.Packed,
            "outbound_scan" => WarehouseEventKind.OutboundScan,
            _ => null,
        };
        return kind is not null;
    }
}
