using System.Text;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Import;

namespace OrderActors.Domain.Tests.Channels.Import;

public sealed class OrderCsvImportTests
{
    private const string Header =
        "platform_order_id,status,modified_at,created_at,paid_at,sku,quantity,unit_price,receiver_name,receiver_phone,province,city,district,address";

    private static readonly ImportStatusMap Taobao = ImportStatusMap.ForChannel("taobao")!;

    [Fact]
    public void A_multi_line_order_becomes_one_order_with_every_line_in_fen_and_China_time()
    {
        var result = Parse(
            Header,
            "3001,WAIT_SELLER_SEND_GOODS,2026-11-11 10:05:00,2026-11-11 10:00:00,2026-11-11 10:01:00,TEA-1,2,33.00,Li Lei,13800138000,浙江省,杭州,西湖区,1 Longjing Rd",
            "3001,WAIT_SELLER_SEND_GOODS,2026-11-11 10:05:00,2026-11-11 10:00:00,2026-11-11 10:01:00,MUG-1,1,0.29,Li Lei,13800138000,浙江省,杭州,西湖区,1 Longjing Rd",
            "3002,WAIT_SELLER_SEND_GOODS,2026-11-11T03:00:00Z,2026-11-11T02:59:00Z,,TEA-1,1,168.8,Han Meimei,13900139000,Shanghai,上海,,\"Room 5, Tower 2\"");

        Assert.False(result.IsRefused);
        Assert.Empty(result.LineErrors);
        Assert.Equal((3, 2, 0), (result.Rows, result.Orders, result.InvalidOrders));
        var first = result.ValidOrders[0];
        Assert.Equal("3001", first.PlatformOrderId);
        Assert.Equal(PlatformOrderState.Paid, first.State);
        Assert.Equal("WAIT_SELLER_SEND_GOODS", first.RawStatus);
        Assert.Equal(new DateTimeOffset(2026, 11, 11, 2, 5, 0, TimeSpan.Zero), first.ModifiedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 11, 2, 1, 0, TimeSpan.Zero), first.PaidAt);
        Assert.Equal<CsvOrderLine>([new CsvOrderLine(2, "TEA-1", 2, 3300), new CsvOrderLine(3, "MUG-1", 1, 29)], first.Lines);
        Assert.Equal<int>([2, 3], first.SourceLines);
        Assert.Equal(new CsvReceiver("Li Lei", "13800138000", "浙江省", "杭州", "西湖区", "1 Longjing Rd"), first.Receiver);
        var second = result.ValidOrders[1];
        Assert.Null(second.PaidAt);
        Assert.Null(second.Receiver.District);
        Assert.Equal("Room 5, Tower 2", second.Receiver.Address);
        Assert.Equal(16880, second.Lines[0].UnitPriceFen);
    }

    [Fact]
    public void Headers_match_in_any_order_and_case_and_unknown_columns_are_ignored()
    {
        var result = Parse(
            "\uFEFF Address ,CITY,Province,receiver_phone,receiver_name,unit_price,quantity,sku,created_at,modified_at,Status,Platform_Order_Id,buyer_memo",
            "1 Longjing Rd,杭州,33,13800138000,Li Lei,10,1,TEA-1,2026-11-11 10:00:00,2026-11-11 10:00:00,TRADE_FINISHED,3001,please hurry");

        var order = Assert.Single(result.ValidOrders);
        Assert.Equal(PlatformOrderState.Completed, order.State);
        Assert.Equal("33", order.Receiver.Province);
    }

    [Fact]
    public void Lines_of_one_order_need_not_be_adjacent()
    {
        var result = Parse(Header, Row("3001", sku: "TEA-1"), Row("3002"), Row("3001", sku: "MUG-1"));

        Assert.Equal(["TEA-1", "MUG-1"], result.ValidOrders.Single(o => o.PlatformOrderId == "3001").Lines.Select(l => l.Sku));
        Assert.Equal(2, result.Orders);
    }

    public static TheoryData<string, string, string, ImportErrorCode, string> BadCells() => new()
    {
        // column, cell, the column the error names, code, what the message says
        { "quantity", "two", "quantity", ImportErrorCode.Invalid, "'two' is not a quantity" },
        { "quantity", "0", "quantity", ImportErrorCode.Invalid, "from 1 to 100000" },
        { "quantity", "1.5", "quantity", ImportErrorCode.Invalid, "whole number" },
        { "quantity", "100001", "quantity", ImportErrorCode.Invalid, "from 1 to 100000" },
        { "quantity", "", "quantity", ImportErrorCode.Missing, "quantity is required" },
        { "unit_price", "33.333", "unit_price", ImportErrorCode.Invalid, "at most two decimals" },
        { "unit_price", "-5", "unit_price", ImportErrorCode.Invalid, "not a price" },
        { "status", "SHIPPED_MAYBE", "status", ImportErrorCode.UnknownStatus, "'SHIPPED_MAYBE' is not a Taobao trade status (Trade.status) code; known: " },
        { "status", "wait_seller_send_goods", "status", ImportErrorCode.UnknownStatus, "WAIT_SELLER_SEND_GOODS" },
        { "status", "", "status", ImportErrorCode.Missing, "status is required" },
        { "province", "Atlantis", "province", ImportErrorCode.UnresolvableAddress, "province 'Atlantis' is not a province-level division" },
        { "city", "成都", "city", ImportErrorCode.UnresolvableAddress, "city '成都' is not a city of 浙江省" },
        { "sku", "", "sku", ImportErrorCode.Missing, "sku is required" },
        { "sku", "TEA 1/x", "sku", ImportErrorCode.Invalid, "is not a SKU" },
        { "platform_order_id", "2.01911E+17", "platform_order_id", ImportErrorCode.Invalid, "scientific notation" },
        { "platform_order_id", "30/01", "platform_order_id", ImportErrorCode.Invalid, "is not a platform order id" },
        { "platform_order_id", "", "platform_order_id", ImportErrorCode.Missing, "platform_order_id is required" },
        { "modified_at", "2026-11-11T10:00:00", "modified_at", ImportErrorCode.Invalid, "is not a time: ISO 8601 with an offset" },
        { "modified_at", "2026-11-10 09:00:00", "modified_at", ImportErrorCode.Invalid, "is before created_at" },
        { "created_at", "yesterday", "created_at", ImportErrorCode.Invalid, "is not a time" },
        { "paid_at", "2026-11-11 09:59:59", "paid_at", ImportErrorCode.Invalid, "paid_at 2026-11-11 09:59:59 is before created_at 2026-11-11 10:00:00" },
        { "receiver_name", "", "receiver_name", ImportErrorCode.Missing, "receiver_name is required" },
        { "receiver_phone", " ", "receiver_phone", ImportErrorCode.Missing, "receiver_phone is required" },
        { "address", new string('x', 501), "address", ImportErrorCode.Invalid, "longer than 500 characters" },
    };

    [Theory]
    [MemberData(nameof(BadCells))]
    public void A_bad_cell_is_an_error_on_its_line_and_column_and_its_order_is_not_imported(
        string column, string cell, string errorColumn, ImportErrorCode code, string message)
    {
        var result = Parse(Header, Row("3001"), With(Row("3002"), column, cell), Row("3003"));

        var error = Assert.Single(result.LineErrors);
        Assert.Equal((3, errorColumn, code), (error.Line, error.Column, error.Code));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(["3001", "3003"], result.ValidOrders.Select(o => o.PlatformOrderId));
        Assert.Equal((3, 1), (result.Orders, result.InvalidOrders));
    }

    [Fact]
    public void Every_problem_of_a_line_is_reported_at_once_in_column_order()
    {
        var row = With(With(With(Row("3001"), "quantity", "x"), "province", "Atlantis"), "status", "NOPE");

        var result = Parse(Header, row);

        Assert.Equal(["status", "quantity", "province"], result.LineErrors.Select(e => e.Column));
        Assert.All(result.LineErrors, e => Assert.Equal("3001", e.PlatformOrderId));
    }

    [Fact]
    public void One_bad_line_keeps_its_whole_order_out_and_the_other_lines_say_why_they_were_skipped()
    {
        var result = Parse(Header, Row("3001", sku: "TEA-1"), Row("3002"), With(Row("3001", sku: "MUG-1"), "quantity", "-1"), Row("3001", sku: "CUP-1"));

        Assert.Equal(["3002"], result.ValidOrders.Select(o => o.PlatformOrderId));
        Assert.Equal(
            [(2, ImportErrorCode.SkippedWithOrder), (4, ImportErrorCode.Invalid), (5, ImportErrorCode.SkippedWithOrder)],
            result.LineErrors.Select(e => (e.Line, e.Code)));
        Assert.Contains("line 4 of the same order is invalid", result.LineErrors[0].Message, StringComparison.Ordinal);
        Assert.All(result.LineErrors, e => Assert.Equal("3001", e.PlatformOrderId));
    }

    [Theory]
    [InlineData("status", "TRADE_FINISHED")]
    [InlineData("modified_at", "2026-11-11 10:06:00")]
    [InlineData("receiver_phone", "13999999999")]
    [InlineData("address", "2 Longjing Rd")]
    [InlineData("district", "")]
    [InlineData("paid_at", "")]
    public void Lines_of_one_order_that_disagree_on_an_order_level_cell_are_errors_on_the_later_line(string column, string cell)
    {
        var result = Parse(Header, Row("3001", sku: "TEA-1"), With(Row("3001", sku: "MUG-1"), column, cell));

        Assert.Empty(result.ValidOrders);
        var disagreement = result.LineErrors.Single(e => e.Code == ImportErrorCode.Disagrees);
        Assert.Equal((3, column), (disagreement.Line, disagreement.Column));
        Assert.Contains("differs from line 2 of the same order", disagreement.Message, StringComparison.Ordinal);
        Assert.Equal((2, ImportErrorCode.SkippedWithOrder), (result.LineErrors[0].Line, result.LineErrors[0].Code));
    }

    [Fact]
    public void The_same_instant_written_in_both_time_forms_agrees()
    {
        var result = Parse(Header, Row("3001", sku: "TEA-1"), With(Row("3001", sku: "MUG-1"), "modified_at", "2026-11-11T10:05:00+08:00"));

        Assert.Empty(result.LineErrors);
        Assert.Equal(2, Assert.Single(result.ValidOrders).Lines.Length);
    }

    [Fact]
    public void The_same_SKU_twice_in_one_order_is_refused_rather_than_summed_or_doubled()
    {
        var result = Parse(Header, Row("3001"), Row("3001"));

        Assert.Equal((3, ImportErrorCode.DuplicateSku), (result.LineErrors[1].Line, result.LineErrors[1].Code));
        Assert.Empty(result.ValidOrders);
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_cells_is_refused_and_takes_its_order_with_it()
    {
        var result = Parse(Header, Row("3001", sku: "TEA-1"), Row("3001", sku: "MUG-1") + ",extra");

        Assert.Equal((3, ImportErrorCode.FieldCount), (result.LineErrors[1].Line, result.LineErrors[1].Code));
        Assert.Contains("15 cells but the header has 14", result.LineErrors[1].Message, StringComparison.Ordinal);
        Assert.Empty(result.ValidOrders);
    }

    [Fact]
    public void Line_numbers_are_physical_lines_across_quoted_line_breaks_blank_lines_and_CRLF()
    {
        var text = string.Join("\r\n",
            Header,
            With(Row("3001"), "address", "\"Building 3\r\nRoom 5\""),
            string.Empty,
            With(Row("3002"), "quantity", "x"),
            ",,,,,,,,,,,,,",
            With(Row("3003"), "address", "\"a\nb\nc\""),
            With(Row("3004"), "unit_price", "1.234")) + "\r\n";

        var result = OrderCsvImport.Parse(text, Taobao);

        Assert.Equal([5, 10], result.LineErrors.Select(e => e.Line));
        Assert.Equal("Building 3\r\nRoom 5", result.ValidOrders[0].Receiver.Address);
        Assert.Equal(4, result.Rows);
    }

    [Fact]
    public void Pinduoduo_combines_order_status_with_the_optional_refund_status()
    {
        var pdd = ImportStatusMap.ForChannel("pdd")!;
        var header = Header + ",refund_status";

        var result = OrderCsvImport.Parse(
            Lines(header, With(Row("201118-1"), "status", "1") + ",2", With(Row("201118-2"), "status", "1") + ",", With(Row("201118-3"), "status", "1") + ",9"),
            pdd);

        Assert.Equal([(PlatformOrderState.RefundRequested, "1/2"), (PlatformOrderState.Paid, "1")], result.ValidOrders.Select(o => (o.State, o.RawStatus)));
        var error = Assert.Single(result.LineErrors);
        Assert.Equal((4, "refund_status", ImportErrorCode.UnknownStatus), (error.Line, error.Column, error.Code));
    }

    [Fact]
    public void A_refund_status_on_a_channel_without_refund_codes_is_refused_not_ignored()
    {
        var result = OrderCsvImport.Parse(Lines(Header + ",refund_status", With(Row("9001"), "status", "WAIT_SELLER_STOCK_OUT") + ",SUCCESS"), ImportStatusMap.ForChannel("jd")!);

        Assert.Contains("jd files carry no refund status", Assert.Single(result.LineErrors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_refuses_the_file_and_names_every_missing_column()
    {
        var header = Header.Replace("sku,quantity,", string.Empty, StringComparison.Ordinal);

        var result = Parse(header, "3001,WAIT_SELLER_SEND_GOODS,2026-11-11 10:05:00,2026-11-11 10:00:00,,33.00,Li Lei,138,浙江,杭州,,x");

        Assert.True(result.IsRefused);
        Assert.Equal([("sku", ImportErrorCode.MissingColumn), ("quantity", ImportErrorCode.MissingColumn)], result.FileErrors.Select(e => (e.Column, e.Code)));
        Assert.All(result.FileErrors, e => Assert.Equal(1, e.Line));
        Assert.Empty(result.ValidOrders);
    }

    [Theory]
    [InlineData("", ImportErrorCode.Empty, 0)]
    [InlineData("\uFEFF\r\n\r\n", ImportErrorCode.Empty, 0)]
    [InlineData(Header + "\n", ImportErrorCode.NoRows, 1)]
    [InlineData("\n" + Header + ",sku\n", ImportErrorCode.DuplicateColumn, 2)]
    [InlineData(Header + "\n3001,\"WAIT\n", ImportErrorCode.NotCsv, 2)]
    [InlineData("PK\u0003\u0004\0\0\0", ImportErrorCode.NotCsv, 0)]
    public void A_file_that_is_not_the_template_is_refused_as_a_whole(string text, ImportErrorCode code, int line)
    {
        var result = OrderCsvImport.Parse(text, Taobao);

        var error = Assert.Single(result.FileErrors);
        Assert.Equal((code, line), (error.Code, error.Line));
        Assert.True(error.IsFileLevel);
        Assert.Empty(result.ValidOrders);
    }

    [Fact]
    public void Files_over_the_row_or_size_limit_are_refused()
    {
        var rows = Enumerable.Range(1, OrderCsvImport.MaxRows + 1).Select(i => Row(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(ImportErrorCode.TooLarge, Assert.Single(Parse([Header, .. rows]).FileErrors).Code);

        var huge = new StringBuilder(Header).Append('\n');
        while (huge.Length <= OrderCsvImport.MaxBytes)
        {
            huge.Append(Row("3001")).Append('\n');
        }

        Assert.Equal(ImportErrorCode.TooLarge, Assert.Single(OrderCsvImport.Parse(huge.ToString(), Taobao).FileErrors).Code);
    }

    [Fact]
    public void Rows_without_a_usable_order_id_count_as_orders_of_their_own()
    {
        var result = Parse(Header, With(Row("x"), "platform_order_id", ""), With(Row("x"), "platform_order_id", ""), Row("3001"));

        Assert.Equal((3, 3, 2), (result.Rows, result.Orders, result.InvalidOrders));
        Assert.All(result.LineErrors, e => Assert.Equal(ImportErrorCode.Missing, e.Code));
    }

    private static OrderCsvParse Parse(params string[] lines) => OrderCsvImport.Parse(Lines(lines), Taobao);

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    private static string Row(string id, string sku = "TEA-1") =>
        $"{id},WAIT_SELLER_SEND_GOODS,2026-11-11 10:05:00,2026-11-11 10:00:00,2026-11-11 10:01:00,{sku},1,33.00,Li Lei,13800138000,浙江,杭州,西湖区,1 Longjing Rd";

    /// <summary>The row with one cell replaced (cells here never contain commas).</summary>
    private static string With(string row, string column, string cell)
    {
        var index = Array.IndexOf(Header.Split(','), column);
        var cells = row.Split(',');
        cells[index] = cell;
        return string.Join(',', cells);
    }
}
