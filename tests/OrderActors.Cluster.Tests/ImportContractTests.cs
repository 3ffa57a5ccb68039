using OrderActors.Domain.Channels.Import;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Cluster.Tests;

/// <summary>What the import's domain mirrors of the contract (the domain cannot see it) stays equal to it.</summary>
public sealed class ImportContractTests
{
    [Fact]
    public void Every_sales_channel_has_an_import_status_table_and_no_other_channel_does() =>
        Assert.Equal(SalesChannels.Codes.Order(StringComparer.Ordinal), ImportStatusMap.Channels);

    [Fact]
    public void The_API_and_the_domain_refuse_files_at_the_same_size() =>
        Assert.Equal(OrderImportLimits.MaxBytes, OrderCsvImport.MaxBytes);

    [Theory]
    [InlineData("3001")]
    [InlineData("201118-123456789012345")]
    [InlineData("A.b_c-9")]
    [InlineData("")]
    [InlineData("30 01")]
    [InlineData("30:01")]
    [InlineData("3001@x")]
    [InlineData("订单1")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")]
    public void The_import_accepts_exactly_the_order_ids_and_SKUs_the_grain_keys_accept(string code)
    {
        const string Header = "platform_order_id,status,modified_at,created_at,sku,quantity,unit_price,receiver_name,receiver_phone,province,city,address";
        var asId = OrderCsvImport.Parse($"{Header}\n{code},paid,2026-11-11 10:00:00,2026-11-11 10:00:00,SKU-1,1,1,A,1,上海,上海,x\n", ImportStatusMap.ForChannel("web")!);
        var asSku = OrderCsvImport.Parse($"{Header}\n1,paid,2026-11-11 10:00:00,2026-11-11 10:00:00,{code},1,1,A,1,上海,上海,x\n", ImportStatusMap.ForChannel("web")!);

        Assert.Equal(Codes.IsValidPlatformOrderId(code), asId.ValidOrders.Length == 1);
        Assert.Equal(Codes.IsValidSku(code), asSku.ValidOrders.Length == 1);
    }
}
