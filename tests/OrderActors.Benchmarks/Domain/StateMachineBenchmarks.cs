using BenchmarkDotNet.Attributes;
using OrderActors.Domain.Orders;

namespace OrderActors.Benchmarks.Domain;

/// <summary>The order state machine: one whole lifecycle (pay → allocate → outbound → ship → deliver → complete) and one refusal.</summary>
[MemoryDiagnoser]
public class StateMachineBenchmarks
{
    [Benchmark]
    public OrderStatus Lifecycle()
    {
        var status = OrderStatus.Created;
        status = Next(status, OrderTrigger.Pay, default);
        status = Next(status, OrderTrigger.Allocate, default);
        status = Next(status, OrderTrigger.ScanOutbound, new ShipmentEvidence(false, true));
        status = Next(status, OrderTrigger.Ship, new ShipmentEvidence(true, true));
        status = Next(status, OrderTrigger.Deliver, new ShipmentEvidence(true, true));
        return Next(status, OrderTrigger.Complete, new ShipmentEvidence(true, true));
    }

    [Benchmark]
    public Transition Refusal() => OrderStateMachine.Decide(OrderStatus.Shipped, OrderTrigger.Cancel);

    private static OrderStatus Next(OrderStatus from, OrderTrigger trigger, ShipmentEvidence evidence)
    {
        var transition = OrderStateMachine.Decide(from, trigger, evidence);
        return transition.IsAllowed ? transition.To : from;
    }
}
