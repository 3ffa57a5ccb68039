using OrderActors.Domain.Channels;
using OrderActors.Domain.Fulfilment;
using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.Grains.Channels;

/// <summary>
/// Shipment write-back: the platform's ship call with the shop's token, through the same
/// <see cref="Call{T}"/> as a pull (throttle and 5xx backoff, one refresh on an auth error). A ship call
/// respects an open circuit but does not count towards it: the circuit is about pulling.
/// </summary>
internal sealed partial class ChannelConnectorGrain
{
    async Task<ShipmentCallResult> IChannelConnectorGrain.ConfirmShipment(ShipmentConfirmation shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var now = time.GetUtcNow();
        if (S.Connection is null)
        {
            return new ShipmentCallResult(ShipmentCallOutcome.NotConnected, "The shop is not connected.");
        }

        if (_clear is null)
        {
            return new ShipmentCallResult(ShipmentCallOutcome.Transient, S.TokenProblem ?? "The shop's tokens are not usable on this silo.");
        }

        if (S.CircuitOpenUntil is { } until && until > now)
        {
            return new ShipmentCallResult(ShipmentCallOutcome.Transient, $"The shop is paused after {S.ConsecutiveFailures} failed pulls until {until:O}.", until);
        }

        if (adapters.For(Key.Channel, out var problem) is not { } adapter)
        {
            return new ShipmentCallResult(ShipmentCallOutcome.Transient, problem);
        }

        if (CarrierCodes.For(adapter.ShipPlatform, shipment.Carrier) is not { } carrier)
        {
            return new ShipmentCallResult(ShipmentCallOutcome.Refused, $"Carrier '{shipment.Carrier}' has no code on {adapter.ShipPlatform} (CarrierCodes).");
        }

        var run = new PullRun(now, S.Checkpoint);
        var platformShipment = new PlatformShipment(shipment.PlatformOrderId, carrier.Code, shipment.WaybillNumber, shipment.ShippedAt);
        try
        {
            if (_clear.AccessTokenExpiresAt - now < O.RefreshAhead && _clear.RefreshToken is not null && S.TokenProblem is null)
            {
                await TryRefresh(adapter, run);
            }

            var answer = await Call(adapter, run, token => adapter.ShipAsync(token, platformShipment));
            return new ShipmentCallResult(answer == ShipAnswer.AlreadyShipped ? ShipmentCallOutcome.AlreadyShipped : ShipmentCallOutcome.Acknowledged);
        }
        catch (PlatformCallException ex)
        {
            LogShipFailed(ex, this.GetPrimaryKeyString(), shipment.PlatformOrderId);
            return new ShipmentCallResult(ex.ErrorClass switch
            {
                PlatformErrorClass.Permanent => ShipmentCallOutcome.Refused,
                PlatformErrorClass.Unclassified => ShipmentCallOutcome.Unclassified,

                // Retryable past the retries, or a token the platform no longer takes (the refresh alerted already).
                _ => ShipmentCallOutcome.Transient,
            }, ex.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            LogShipFailed(ex, this.GetPrimaryKeyString(), shipment.PlatformOrderId);
            return new ShipmentCallResult(ShipmentCallOutcome.Transient, ex.Message);
        }
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "Connector {Connector}: ship call for order {PlatformOrderId} failed")]
    private partial void LogShipFailed(Exception ex, string connector, string platformOrderId);
}
