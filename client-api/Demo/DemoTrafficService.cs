using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.ClientApi.Demo;

/// <summary>
/// Seeds demo warehouses, SKUs and stock, then submits a trickle of orders from several channels
/// and plays warehouse and carrier for them (outbound scan, waybill, delivery), so a local run
/// shows orders moving on the dashboard and through the API. Only runs when enabled.
/// </summary>
internal sealed partial class DemoTrafficService(
    IClusterClient cluster, IOptions<DemoOptions> options, TimeProvider time, ILogger<DemoTrafficService> logger) : BackgroundService
{
    private DemoMarketplaces? _marketplaces;
    private HttpClient? _wms;

    private static readonly (string Code, string Name, string Province, string City)[] Warehouses =
    [
        ("BJ1", "Beijing North DC", "110000", "北京"),
        ("SH1", "Shanghai Jiading DC", "310000", "上海"),
        ("GZ1", "Guangzhou Baiyun DC", "440000", "广州"),
        ("CD1", "Chengdu Shuangliu DC", "510000", "成都"),
        ("WH1", "Wuhan Dongxihu DC", "420000", "武汉"),
    ];

    private static readonly (string Sku, string Name, long PriceFen, int WeightGrams)[] Skus =
    [
        ("TEA-LONGJING-250G", "West Lake Longjing tea 250 g", 16800, 300),
        ("MUG-CERAMIC-350", "Ceramic mug 350 ml", 3900, 450),
        ("PHONE-CASE-X1", "Phone case X1", 2900, 80),
        ("EARBUDS-PRO", "Wireless earbuds Pro", 39900, 150),
        ("RICE-WUCHANG-5KG", "Wuchang rice 5 kg", 8900, 5100),
        ("SOCKS-WOOL-3P", "Wool socks, 3 pairs", 4900, 200),
    ];

    private static readonly (string Province, string City)[] Destinations =
    [
        ("北京", "北京"), ("上海", "上海"), ("浙江", "杭州"), ("浙江", "宁波"), ("江苏", "南京"), ("江苏", "苏州"), ("广东", "深圳"),
        ("广东", "广州"), ("四川", "成都"), ("湖北", "武汉"), ("山东", "青岛"), ("陕西", "西安"), ("重庆", "重庆"), ("福建", "厦门"),
    ];
    private static readonly string[] Channels = ["web", "taobao", "tmall", "jd", "pdd", "douyin"];

    private readonly Queue<(string OrderId, DateTimeOffset Due, DateTimeOffset Since)> _inWarehouse = new();
    private readonly Queue<(string OrderId, DateTimeOffset Due)> _withCarrier = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        try
        {
            if (o.MarketplaceSimulatorUrl is { } simulator)
            {
                _marketplaces = new DemoMarketplaces(new HttpClient { BaseAddress = simulator }, time);
            }

            if (o.WmsSimulatorUrl is { } wms)
            {
                _wms = new HttpClient { BaseAddress = wms };
            }

            await Seed();
            LogSeeded(Warehouses.Length, Skus.Length);
            var interval = TimeSpan.FromSeconds(1 / Math.Max(0.1, o.OrdersPerSecond));
            using var timer = new PeriodicTimer(interval, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SubmitOne(o.StepDelay);
                await Advance(o.StepDelay);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogStopped(ex);
        }
    }

    private async Task Seed()
    {
        var directory = cluster.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey);
        foreach (var w in Warehouses)
        {
            // Cheap and next-day at home, dearer and slower elsewhere: enough for the router to prefer the near warehouse.
            await directory.Upsert(new WarehouseDefinition(
                w.Code, w.Name, w.Province, w.City, Active: true, Priority: 5,
                Rates: [new ShippingRateEntry(w.Province, 600, 200)], DefaultRate: new ShippingRateEntry("*", 1000, 500),
                DeliveryDays: [new DeliveryDaysEntry(w.Province, 1)], DefaultDeliveryDays: 3, NextDayArea: [w.Province]));
        }

        if (_marketplaces is not null)
        {
            await _marketplaces.Connect(cluster);
        }

        foreach (var s in Skus)
        {
            await cluster.GetGrain<ISkuGrain>(s.Sku).Define(s.Name, s.WeightGrams);
            foreach (var w in Warehouses)
            {
                await Replenish(s.Sku, w.Code, minimum: 50);
            }
        }
    }

    private async Task Replenish(string sku, string warehouse, int minimum)
    {
        var cell = cluster.GetGrain<IStockCellGrain>(new StockCellKey(sku, warehouse).ToString());
        var view = await cell.Get();
        if (view.Available < minimum)
        {
            await cell.SetStock(view.OnHand + 300, 10);
        }
    }

    private async Task SubmitOne(TimeSpan stepDelay)
    {
        var random = Random.Shared;
        var channel = Channels[random.Next(Channels.Length)];
        var platformId = $"{time.GetUtcNow():yyyyMMddHHmmss}{random.Next(100000, 999999)}";
        var orderId = new OrderId(SalesChannels.TryParse(channel, out var c) ? c.Value : SalesChannel.Web, $"demo-{channel}", platformId).ToString();
        var lines = Enumerable.Range(0, random.Next(1, 3))
            .Select(_ => Skus[random.Next(Skus.Length)])
            .DistinctBy(s => s.Sku)
            .Select(s => new OrderLine(s.Sku, random.Next(1, 3), s.PriceFen))
            .ToArray();
        var (province, city) = Destinations[random.Next(Destinations.Length)];
        if (_marketplaces is not null && DemoMarketplaces.Sells(channel))
        {
            var sold = await _marketplaces.Sell(channel, lines, province, city);
            if (_wms is not null)
            {
                // Pulled within a minute or so (Pinduoduo after its settle lag); handed to the WMS once allocated.
                _inWarehouse.Enqueue((sold, time.GetUtcNow() + stepDelay, time.GetUtcNow()));
            }

            return;
        }

        var address = new ShippingAddress("Demo Buyer", $"138{random.Next(10000000, 99999999)}", province, city, null, "1 Demo Road");
        var result = await cluster.GetGrain<IOrderGrain>(orderId).Submit(new SubmitOrder([.. lines], address, time.GetUtcNow(), ShortfallPolicy.Backorder));
        if (result.Order?.Status == OrderStatus.Allocated)
        {
            _inWarehouse.Enqueue((orderId, time.GetUtcNow() + stepDelay, time.GetUtcNow()));
            foreach (var reservation in result.Order.Reservations)
            {
                await Replenish(reservation.Sku, reservation.Warehouse, minimum: 20);
            }
        }
    }

    private async Task Advance(TimeSpan stepDelay)
    {
        var now = time.GetUtcNow();
        while (_inWarehouse.TryPeek(out var next) && next.Due <= now)
        {
            _inWarehouse.Dequeue();
            var order = cluster.GetGrain<IOrderGrain>(next.OrderId);
            if (_wms is not null)
            {
                await HandToWms(next.OrderId, await order.Get(), next.Since, stepDelay);
                continue;
            }

            await order.RecordOutboundScan($"scan-{Guid.NewGuid():N}", "demo-scanner");
            await order.BindWaybill("SF", $"SF{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}");
            _withCarrier.Enqueue((next.OrderId, now + stepDelay));
        }

        while (_withCarrier.TryPeek(out var next) && next.Due <= now)
        {
            _withCarrier.Dequeue();
            var order = cluster.GetGrain<IOrderGrain>(next.OrderId);
            await order.ConfirmDelivery(now, "demo-carrier");
            await order.Complete("demo");
        }
    }

    /// <summary>An allocated order goes to the WMS simulator's autopilot; one not pulled or allocated yet is looked at again later, for ten minutes.</summary>
    private async Task HandToWms(string orderId, OrderView? order, DateTimeOffset since, TimeSpan stepDelay)
    {
        if (order is { Status: OrderStatus.Allocated, Backordered: false, Warehouse: { } warehouse } && !warehouse.Contains('+', StringComparison.Ordinal))
        {
            (await _wms!.PostAsJsonAsync($"sim/wms/{warehouse}/orders", new { orderId })).EnsureSuccessStatusCode();
            foreach (var reservation in order.Reservations)
            {
                await Replenish(reservation.Sku, reservation.Warehouse, minimum: 20);
            }
        }
        else if ((order is null || order.Status is OrderStatus.Paid) && time.GetUtcNow() - since < TimeSpan.FromMinutes(10))
        {
            _inWarehouse.Enqueue((orderId, time.GetUtcNow() + stepDelay, since));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Warehouses} warehouses, {Skus} SKUs; demo orders are flowing")]
    private partial void LogSeeded(int warehouses, int skus);

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo traffic stopped")]
    private partial void LogStopped(Exception ex);
}
