using OrderActors.Domain.Routing;

namespace OrderActors.Domain.Tests.Routing;

/// <summary>A hand-made warehouse network: Shanghai, Chengdu, Beijing, Guangzhou, with tariffs and days.</summary>
internal static class Network
{
    public static readonly Destination Hangzhou = new("330000", "330100");
    public static readonly Destination Beijing = new("110000", "110100");
    public static readonly Destination Lhasa = new("540000", "540100");

    public static WarehouseProfile Warehouse(string code, string province, string city, int priority = 5, bool active = true,
        Dictionary<string, ShippingRate>? rates = null, Dictionary<string, int>? days = null, string[]? nextDay = null) =>
        new(code, province, city, active, priority,
            rates ?? [], new ShippingRate(1200, 600),
            days ?? new() { [province] = 1 }, 4,
            new HashSet<string>(nextDay ?? [province]));

    public static readonly WarehouseProfile Shanghai = Warehouse("SH1", "310000", "310100",
        rates: new() { ["310000"] = new(600, 200), ["330000"] = new(800, 300), ["320000"] = new(800, 300) },
        days: new() { ["310000"] = 1, ["330000"] = 1, ["320000"] = 1 },
        nextDay: ["310000", "330000", "320000"]);

    public static readonly WarehouseProfile Chengdu = Warehouse("CD1", "510000", "510100",
        rates: new() { ["510000"] = new(600, 200), ["330000"] = new(1500, 700) },
        days: new() { ["510000"] = 1, ["330000"] = 3 });

    public static readonly WarehouseProfile BeijingDc = Warehouse("BJ1", "110000", "110100",
        rates: new() { ["110000"] = new(600, 200), ["330000"] = new(1300, 600) },
        days: new() { ["110000"] = 1, ["330000"] = 3 });

    public static readonly WarehouseProfile Guangzhou = Warehouse("GZ1", "440000", "440100",
        rates: new() { ["440000"] = new(600, 200), ["110000"] = new(1400, 700), ["330000"] = new(1000, 400) },
        days: new() { ["440000"] = 1, ["110000"] = 3, ["330000"] = 2 });

    public static readonly IReadOnlyList<WarehouseProfile> All = [Shanghai, Chengdu, BeijingDc, Guangzhou];

    public static Func<string, string, CellAvailability> Stock(params (string Warehouse, string Sku, int Available)[] cells) =>
        (warehouse, sku) => cells.Where(c => c.Warehouse == warehouse && c.Sku == sku)
            .Select(c => new CellAvailability(c.Available, 0, 0, false))
            .FirstOrDefault() ?? CellAvailability.None;

    public static RoutingRequest Order(Destination to, params (string Sku, int Quantity)[] lines) =>
        new($"web:test:{Guid.NewGuid():N}", to, [.. lines.Select(l => new RoutingLine(l.Sku, l.Quantity, 500))], NetworkWide: false);

    public static RuleSet WithServiceAreas(this RuleSet rules, params (string Warehouse, string[] Area)[] areas) =>
        rules with { ServiceAreas = areas.ToDictionary(a => a.Warehouse, a => (IReadOnlySet<string>)new HashSet<string>(a.Area)) };
}
