namespace OrderActors.Domain.Channels.Import;

/// <summary>The receiver as the file wrote it; province and city are known to resolve.</summary>
public sealed record CsvReceiver(string Name, string Phone, string Province, string City, string? District, string Address);
