using OrderActors.Grains.Fulfilment;

namespace OrderActors.Cluster.Tests;

/// <summary>The silo refuses to start with a WMS secret it could not verify with, naming the key and never the secret.</summary>
public sealed class WmsOptionsTests
{
    [Fact]
    public void A_short_secret_a_bad_warehouse_code_and_a_zero_tolerance_are_refused_by_key_without_the_secret()
    {
        var options = new WmsOptions { Tolerance = TimeSpan.Zero };
        options.Warehouses["SH1"] = new WmsWarehouseOptions { Secret = "too-short-secret" };
        options.Warehouses["bad code!"] = new WmsWarehouseOptions { Secret = new string('s', 40) };
        options.Warehouses["GZ1"] = new WmsWarehouseOptions { Secret = new string('g', 40) };

        var result = new WmsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToArray();
        Assert.Equal(3, failures.Length);
        Assert.Contains(failures, f => f.StartsWith("OrderActors:Wms:Warehouses:SH1:Secret", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("OrderActors:Wms:Warehouses:bad code!", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("OrderActors:Wms:Tolerance", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("too-short-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Good_secrets_pass()
    {
        var options = new WmsOptions();
        options.Warehouses["SH1"] = new WmsWarehouseOptions { Secret = "wms_0123456789abcdef0123456789abcdef" };

        Assert.True(new WmsOptionsValidator().Validate(null, options).Succeeded);
    }
}
