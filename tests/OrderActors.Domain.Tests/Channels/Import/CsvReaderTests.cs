using OrderActors.Domain.Channels.Import;

namespace OrderActors.Domain.Tests.Channels.Import;

public sealed class CsvReaderTests
{
    [Theory]
    [InlineData("a,b,c\n1,2,3\n")]
    [InlineData("a,b,c\r\n1,2,3\r\n")]
    [InlineData("a,b,c\r1,2,3")]
    [InlineData("a,b,c\n1,2,3")]
    public void Fields_split_on_commas_and_records_on_any_line_break(string text)
    {
        var records = Read(text);

        Assert.Equal(2, records.Length);
        Assert.Equal<string>(["a", "b", "c"], records[0].Fields);
        Assert.Equal<string>(["1", "2", "3"], records[1].Fields);
        Assert.Equal([1, 2], records.Select(r => r.Line));
    }

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var records = Read("id,address\n1,\"Room 5, \"\"Blue\"\" Tower\nXihu District\"\n2,\"\"\n");

        Assert.Equal("Room 5, \"Blue\" Tower\nXihu District", records[1].Fields[1]);
        Assert.Equal(string.Empty, records[2].Fields[1]);
    }

    [Fact]
    public void A_record_is_numbered_by_the_physical_line_it_starts_on_after_embedded_line_breaks()
    {
        var records = Read("h1,h2\r\n1,\"two\r\nlines\"\r\n2,\"three\nmore\rlines\"\r\n3,x\r\n");

        Assert.Equal([1, 2, 4, 7], records.Select(r => r.Line));
        Assert.Equal("two\r\nlines", records[1].Fields[1]);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_does_not_stick_to_the_first_header()
    {
        var records = Read("\uFEFFplatform_order_id,sku\n1,A\n");

        Assert.Equal("platform_order_id", records[0].Fields[0]);
    }

    [Fact]
    public void A_line_break_after_the_last_record_adds_nothing_and_blank_lines_are_blank_records()
    {
        Assert.Equal(2, Read("a\n1\n").Length);

        var records = Read("a,b\n\n1,2\n,\n\n");

        Assert.Equal([false, true, false, true, true], records.Select(r => r.IsBlank));
        Assert.Equal([1, 2, 3, 4, 5], records.Select(r => r.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void An_empty_text_has_no_records(string text) => Assert.Empty(Read(text));

    [Theory]
    [InlineData("a,b\n1,\"never closed\n2,3\n", 2, "never closed")]
    [InlineData("a,b\n1,2\n3,\"quoted\"tail\n", 3, "follows a closing quote")]
    [InlineData("a,b\n1,2\n3,4\n5,say \"hi\"\n", 4, "quote inside a field")]
    [InlineData("a,b\n1,\"two\nlines\" x\n", 3, "follows a closing quote")]
    public void Broken_quoting_is_refused_with_the_line_where_it_is(string text, int line, string message)
    {
        Assert.False(CsvReader.TryRead(text, out _, out var error));
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static CsvRecord[] Read(string text)
    {
        Assert.True(CsvReader.TryRead(text, out var records, out var error), error?.Message);
        return [.. records];
    }
}
