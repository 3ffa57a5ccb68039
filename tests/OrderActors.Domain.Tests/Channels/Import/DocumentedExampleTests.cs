using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Import;

namespace OrderActors.Domain.Tests.Channels.Import;

public sealed class DocumentedExampleTests
{
    [Fact]
    public void The_example_file_in_the_docs_reads_as_documented()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "taobao-orders.csv"));

        var result = OrderCsvImport.Parse(text, ImportStatusMap.ForChannel("taobao")!);

        Assert.Empty(result.LineErrors);
        Assert.Equal((4, 3), (result.Rows, result.Orders));
        Assert.Equal(
            [(PlatformOrderState.Paid, 2), (PlatformOrderState.Paid, 1), (PlatformOrderState.Closed, 1)],
            result.ValidOrders.Select(o => (o.State, o.Lines.Length)));
        Assert.Equal("世纪大道100号\n(快递请放前台, 勿放\"丰巢\")", result.ValidOrders[1].Receiver.Address);
        Assert.Equal(4900, result.ValidOrders[1].Lines[0].UnitPriceFen);
        Assert.Equal([2, 3, 4, 6], result.ValidOrders.SelectMany(o => o.SourceLines));
    }
}
