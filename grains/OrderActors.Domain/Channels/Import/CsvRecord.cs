using System.Collections.Immutable;

namespace OrderActors.Domain.Channels.Import;

/// <summary>One CSV record: its fields, unquoted, and the physical line of the file where it starts.</summary>
/// <param name="Line">1-based; a record whose quoted field spans lines is numbered by its first line.</param>
public sealed record CsvRecord(int Line, ImmutableArray<string> Fields)
{
    /// <summary>A blank line, or a row of empty cells as spreadsheets write them (",,,,").</summary>
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
