namespace OrderActors.GrainInterfaces.Channels;

/// <summary>One thing wrong in an import file, with where it is.</summary>
/// <param name="Line">The physical line of the file (1 is the header); 0 for a file-level error with no line.</param>
/// <param name="Column">The column's header name, when the error is about one cell or column.</param>
/// <param name="Code">
/// What kind of error: file level <c>Empty</c>, <c>NotCsv</c>, <c>MissingColumn</c>, <c>DuplicateColumn</c>,
/// <c>NoRows</c>, <c>TooLarge</c>; line level <c>FieldCount</c>, <c>Missing</c>, <c>Invalid</c>,
/// <c>UnknownStatus</c>, <c>UnresolvableAddress</c>, <c>Disagrees</c>, <c>DuplicateSku</c>,
/// <c>TooManyLines</c>, <c>SkippedWithOrder</c>; and <c>Rejected</c> when the order grain refused a valid
/// order (unknown SKU, unresolvable address).
/// </param>
/// <param name="PlatformOrderId">The order the line belongs to, when the line names one.</param>
[GenerateSerializer, Immutable, Alias("oa.ImportLineError")]
public sealed record ImportLineError(
    [property: Id(0)] int Line,
    [property: Id(1)] string? Column,
    [property: Id(2)] string Code,
    [property: Id(3)] string Message,
    [property: Id(4)] string? PlatformOrderId);
