using OrderActors.Domain.Orders;

namespace OrderActors.Domain.Tests;

public sealed class DomainPurityTests
{
    [Fact]
    public void The_domain_references_no_Orleans_ASP_NET_or_database_assembly()
    {
        var references = typeof(OrderStateMachine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, n => n.StartsWith("Orleans", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.Contains("Data", StringComparison.Ordinal) && !n.StartsWith("System.Runtime", StringComparison.Ordinal));
    }
}
