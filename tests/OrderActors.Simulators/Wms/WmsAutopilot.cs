using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OrderActors.Simulators.Wms;

/// <summary>
/// Works the enqueued orders like a warehouse floor, for the demo: picked, packed and scanned out, each
/// after its delay, signed correctly. A 5xx or no answer is resent as it was (same id, same body) on the
/// next tick, as docs/wms.md asks of a WMS; a 2xx (a duplicate too) moves to the next step; any other
/// refusal holds the order with the OMS's answer, for a person to look at.
/// </summary>
public sealed partial class WmsAutopilot(WmsSimulatorState state, WmsSender sender, TimeProvider time, ILogger<WmsAutopilot> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var order in state.Due())
            {
                await Step(order, stoppingToken).ConfigureAwait(false);
            }

            try
            {
                await Task.Delay(state.Options.Tick, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task Step(SimWmsAutopilotOrder order, CancellationToken cancellationToken)
    {
        var type = order.NextType!;
        if (state.Oms is null || state.SecretOf(order.Warehouse) is null)
        {
            state.Update(order with { Held = "no OMS base URL, or no secret for the warehouse" });
            return;
        }

        var pending = order.Pending ?? NewEvent(order, type);
        var sent = await sender.PostAsync(order.Warehouse, pending.EventId, order.OrderId, type, SimWmsVariant.Signed, pending.Body, cancellationToken).ConfigureAwait(false);
        var now = state.Now;
        if (sent.Status is >= 200 and < 300)
        {
            var next = type switch { "picked" => "packed", "packed" => "outbound_scan", _ => null };
            var after = next == "packed" ? state.Options.PackAfter : state.Options.ScanAfter;
            state.Update(order with { NextType = next, DueAt = now + after, Pending = null, LastStatus = sent.Status });
        }
        else if (sent.Status is 0 or >= 500)
        {
            state.Update(order with { Pending = pending, DueAt = now + state.Options.Tick, LastStatus = sent.Status });
        }
        else
        {
            LogHeld(order.Warehouse, order.OrderId, type, sent.Status, sent.Response);
            state.Update(order with { Pending = null, Held = $"{type}: {sent.Status} {sent.Response}", LastStatus = sent.Status });
        }
    }

    private SimWmsPending NewEvent(SimWmsAutopilotOrder order, string type)
    {
        var id = WmsSender.NewEventId(order.Warehouse);
        var delayReason = type == "picked" ? order.DelayReason : null;
        return new SimWmsPending(id, WmsSender.Body(id, order.OrderId, type, state.Now, state.Options.Operator, state.Options.Device, delayReason));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WMS autopilot: {Warehouse} {OrderId} held at {Type}: the OMS answered {Status} {Response}")]
    private partial void LogHeld(string warehouse, string orderId, string type, int status, string response);
}
