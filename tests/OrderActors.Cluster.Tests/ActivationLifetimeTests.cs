using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Metadata;
using Orleans.Runtime;
using OrderActors.Grains.Orders;

namespace OrderActors.Cluster.Tests;

/// <summary>
/// Every order is two new activations (order and tracking); at flash-sale rates Orleans' default collection age of
/// two hours would keep millions of them in a silo's memory. These two types are collected sooner, and the silo sheds
/// activations under memory pressure.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ActivationLifetimeTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData("order")]
    [InlineData("tracking")]
    public void Order_and_tracking_grains_are_collected_after_the_short_idle_lifetime(string grainType)
    {
        var manifest = fixture.Client.ServiceProvider.GetRequiredService<IClusterManifestProvider>().Current;

        var properties = manifest.AllGrainManifests.SelectMany(m => m.Grains)
            .Single(g => g.Key == GrainType.Create(grainType)).Value.Properties;

        Assert.Equal(TimeSpan.FromMinutes(OrderOptions.IdleLifetimeMinutes),
            TimeSpan.Parse(properties[WellKnownGrainTypeProperties.IdleDeactivationPeriod], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Silos_shed_activations_under_memory_pressure()
    {
        foreach (var silo in fixture.Cluster.Silos)
        {
            Assert.True(silo.ServiceProvider.GetRequiredService<IOptions<GrainCollectionOptions>>().Value.EnableActivationSheddingOnMemoryPressure);
        }
    }
}
