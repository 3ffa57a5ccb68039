using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;

namespace OrderActors.LoadTest;

/// <summary>
/// Drives the cluster through an Orleans client, joined as client-api joins it (ADO.NET clustering on
/// PostgreSQL, gateways from the membership table): the same grain calls the API makes, without HTTP,
/// JSON and ASP.NET Core, so the two targets together separate the API's cost from the cluster's.
/// </summary>
public sealed class OrleansTarget : ILoadTarget
{
    private readonly IHost? _host;
    private readonly IClusterClient _cluster;

    public OrleansTarget(IClusterClient cluster) => _cluster = cluster;

    private OrleansTarget(IHost host)
    {
        _host = host;
        _cluster = host.Services.GetRequiredService<IClusterClient>();
    }

    public string Kind => "orleans";

    public static async Task<OrleansTarget> Connect(string connectionString, string clusterId, string serviceId, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new OrleansTarget(host);
    }

    public async Task<OperationOutcome> Submit(LoadOrder order, CancellationToken cancellationToken)
    {
        var command = new SubmitOrder(
            [.. order.Lines.Select(l => new OrderLine(l.Sku, l.Quantity, 1000))],
            new ShippingAddress("Load Test", "13900139000", order.Address.Province, order.Address.City, null, "1 Load Rd"),
            DateTimeOffset.UtcNow,
            order.Backorder ? ShortfallPolicy.Backorder : ShortfallPolicy.Reject);
        var result = await _cluster.GetGrain<IOrderGrain>(order.OrderId).Submit(command);
        return result.Outcome switch
        {
            SubmitOutcome.Accepted => new OperationOutcome("ok", Accepted: true, Backordered: result.Order?.Backordered ?? false),
            SubmitOutcome.Refused => new OperationOutcome("refused:" + (result.Reason ?? "OutOfStock")),
            SubmitOutcome.IdempotencyConflict => new OperationOutcome("refused:IdempotencyConflict"),
            _ => new OperationOutcome("invalid:" + result.Reason),
        };
    }

    public async Task<OperationOutcome> GetStatus(string orderId, CancellationToken cancellationToken)
    {
        // As GET /api/orders/{id}: the order and its tracking timeline.
        var order = await _cluster.GetGrain<IOrderGrain>(orderId).Get();
        if (order is null)
        {
            return new OperationOutcome("notfound");
        }

        await _cluster.GetGrain<ITrackingGrain>(orderId).GetTimeline();
        return OperationOutcome.Ok;
    }

    public async Task<OperationOutcome> GetTracking(string orderId, CancellationToken cancellationToken)
    {
        await _cluster.GetGrain<ITrackingGrain>(orderId).GetTimeline();
        return OperationOutcome.Ok;
    }

    public async Task<OperationOutcome> AdjustStock(string sku, string warehouse, int received, CancellationToken cancellationToken)
    {
        var cell = _cluster.GetGrain<IStockCellGrain>($"{sku}@{warehouse}");
        var view = await cell.Get();
        var result = await cell.SetStock(view.OnHand + received, view.SafetyStock);
        return result.Succeeded ? OperationOutcome.Ok : new OperationOutcome("refused:" + result.Reason);
    }

    public async Task<AuditOrder?> ReadOrder(string orderId, CancellationToken cancellationToken)
    {
        var order = await _cluster.GetGrain<IOrderGrain>(orderId).Get();
        return order is null
            ? null
            : new AuditOrder(order.Id, order.Status.ToString(), order.Backordered, [.. order.Reservations.Select(r => new AuditReservation(r.Sku, r.Warehouse, r.Quantity))]);
    }

    public async Task<AuditCell> ReadCell(string sku, string warehouse, CancellationToken cancellationToken)
    {
        var view = await _cluster.GetGrain<IStockCellGrain>($"{sku}@{warehouse}").Get();
        return new AuditCell(sku, warehouse, view.OnHand, view.Reserved, view.OpenReservations);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }
}
