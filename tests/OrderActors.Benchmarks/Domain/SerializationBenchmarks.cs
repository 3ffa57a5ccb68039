using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Benchmarks.Domain;

/// <summary>Orleans serialization round trips of the main messages: a submit command and the order view it answers with.</summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private Serializer _serializer = null!;
    private SubmitOrder _submit = null!;
    private OrderView _view = null!;
    private byte[] _submitBytes = [];
    private byte[] _viewBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        var address = new ShippingAddress("Han Meimei", "13900139000", "Zhejiang", "杭州", null, "1 Longjing Rd");
        var at = new DateTimeOffset(2026, 11, 11, 0, 0, 1, TimeSpan.FromHours(8));
        _submit = new SubmitOrder([new OrderLine("TEA-1", 2, 16800), new OrderLine("MUG-1", 1, 5900)], address, at, ShortfallPolicy.Reject);
        _view = new OrderView(
            "web:flagship:7f3c", OrderStatus.Allocated, 3, _submit.Lines, address, "330000", at, at, "HZ1", false, null, null, null, null,
            [new OrderHistoryEntry(1, OrderStatus.Created, at, "Submit", "api", null, []), new OrderHistoryEntry(2, OrderStatus.Paid, at, "Pay", "api", null, []),
             new OrderHistoryEntry(3, OrderStatus.Allocated, at, "Allocate", "router", "HZ1", [])],
            [new PackageView("HZ1", [new RoutingLineView("TEA-1", 2, 300), new RoutingLineView("MUG-1", 1, 400)], 800, 1, [])],
            [new StockReservationView("HZ1", "TEA-1", 2), new StockReservationView("HZ1", "MUG-1", 1)],
            null, null, null);
        _submitBytes = _serializer.SerializeToArray(_submit);
        _viewBytes = _serializer.SerializeToArray(_view);
    }

    [Benchmark]
    public byte[] SerializeSubmitOrder() => _serializer.SerializeToArray(_submit);

    [Benchmark]
    public SubmitOrder? DeserializeSubmitOrder() => _serializer.Deserialize<SubmitOrder>(_submitBytes);

    [Benchmark]
    public byte[] SerializeOrderView() => _serializer.SerializeToArray(_view);

    [Benchmark]
    public OrderView? DeserializeOrderView() => _serializer.Deserialize<OrderView>(_viewBytes);
}
