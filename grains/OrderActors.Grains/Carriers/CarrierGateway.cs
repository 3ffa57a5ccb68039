using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using OrderActors.Domain.Carriers;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.Grains.Carriers.Sf;
using OrderActors.Grains.Carriers.Yunda;
using OrderActors.Grains.Carriers.Zto;
using OrderActors.Grains.Channels;

namespace OrderActors.Grains.Carriers;

/// <summary>The configured carriers' clients behind <see cref="ICarrierGateway"/>, and their route queries for the parcel grains' polling.</summary>
internal sealed class CarrierGateway : ICarrierGateway
{
    private readonly Dictionary<string, ICarrierClient> _clients;

    public CarrierGateway(ChannelHttp http, IOptions<CarrierOptions> options, [Microsoft.Extensions.DependencyInjection.FromKeyedServices(OrderActorsTime.Key)] TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        ICarrierClient[] all = [new SfClient(http.Client, o.Sf, time), new ZtoClient(http.Client, o.Zto), new YundaClient(http.Client, o.Yunda, time)];
        _clients = all.ToDictionary(c => c.Carrier, StringComparer.Ordinal);
        Carriers = [.. all.Where(c => c.IsConfigured).Select(c => c.Carrier)];
        DefaultCarrier = CarrierCode.Normalize(o.DefaultCarrier) ?? CarrierCode.Sf;
    }

    public IReadOnlyCollection<string> Carriers { get; }

    /// <summary>The carrier of a warehouse that names none (<c>OrderActors:Carriers:DefaultCarrier</c>).</summary>
    public string DefaultCarrier { get; }

    public Task<IssuedWaybill> RequestWaybillAsync(WaybillRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Client(request.Carrier).RequestWaybillAsync(request, cancellationToken);
    }

    /// <summary>The carrier's route query for one waybill.</summary>
    public Task<ImmutableArray<CarrierTrackingEvent>> QueryRoutesAsync(string carrier, string waybillNumber, CancellationToken cancellationToken) =>
        Client(carrier).QueryRoutesAsync(waybillNumber, cancellationToken);

    private ICarrierClient Client(string? carrier)
    {
        var code = CarrierCode.Normalize(carrier ?? DefaultCarrier);
        return code is not null && _clients.TryGetValue(code, out var client)
            ? client
            : throw new CarrierCallException(carrier ?? "?", "unknown-carrier", "is not a carrier this OMS speaks to (SF, ZTO, YUNDA).", false);
    }
}
