using BenchmarkDotNet.Attributes;
using OrderActors.Domain.Routing;

namespace OrderActors.Benchmarks.Domain;

/// <summary>Routing one order against N warehouses with the default rule set: one line, and three lines that force a look at splits.</summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private static readonly string[] Provinces = ["310000", "440000", "330000", "110000", "510000", "320000", "420000", "370000"];
    private WarehouseProfile[] _warehouses = [];
    private Dictionary<(string, string), CellAvailability> _stock = [];
    private RoutingRequest _single = null!;
    private RoutingRequest _threeLines = null!;

    [Params(5, 20, 100)]
    public int Warehouses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _warehouses = [.. Enumerable.Range(0, Warehouses).Select(i => new WarehouseProfile(
            $"W{i:D3}", Provinces[i % Provinces.Length], null, true, 5,
            new Dictionary<string, ShippingRate> { [Provinces[i % Provinces.Length]] = new(600, 200) },
            new ShippingRate(1000, 500),
            new Dictionary<string, int> { [Provinces[i % Provinces.Length]] = 1 },
            3,
            new HashSet<string> { Provinces[i % Provinces.Length] }))];
        _stock = [];
        foreach (var w in _warehouses)
        {
            foreach (var sku in new[] { "A", "B", "C" })
            {
                // Sparse stock, so that the three-line order rarely fits one warehouse.
                _stock[(sku, w.Code)] = new CellAvailability(random.Next(0, 3) == 0 ? 10 : 0, 0, 0, false);
            }
        }

        var destination = new Destination("330000", "330100");
        _single = new RoutingRequest("web:bench:1", destination, [new RoutingLine("A", 1, 300)], false);
        _threeLines = new RoutingRequest("web:bench:2", destination, [new RoutingLine("A", 1, 300), new RoutingLine("B", 2, 500), new RoutingLine("C", 1, 200)], false);
    }

    [Benchmark]
    public RoutingDecision OneLine() => RoutingEngine.Decide(_single, RuleSet.Default, _warehouses, Stock);

    [Benchmark]
    public RoutingDecision ThreeLines() => RoutingEngine.Decide(_threeLines, RuleSet.Default, _warehouses, Stock);

    private CellAvailability Stock(string sku, string warehouse) => _stock.GetValueOrDefault((sku, warehouse), CellAvailability.None);
}
