namespace OrderActors.Domain.Channels.Import;

/// <summary>Where a text stops being CSV: the physical line and what is wrong there.</summary>
public sealed record CsvSyntaxError(int Line, string Message);
