namespace OrderActors.Domain.Channels.Import;

/// <summary>One thing wrong with an import file, where it is and what to do about it.</summary>
/// <param name="Line">The physical line of the file (1 is the first); for a file-level error the header's line, or 0 when there is none.</param>
/// <param name="Column">The column's header name, when the error is about one cell or column.</param>
/// <param name="PlatformOrderId">The order the line belongs to, when the line names one.</param>
public sealed record ImportError(int Line, string? Column, ImportErrorCode Code, string Message, string? PlatformOrderId = null)
{
    public bool IsFileLevel => Code < ImportErrorCode.FieldCount;
}
