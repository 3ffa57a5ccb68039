namespace OrderActors.Domain.Geography;

/// <summary>A province-level division of mainland China, keyed by its GB/T 2260 code (e.g. 330000).</summary>
public sealed record Province(string Code, string Name, string PinyinName);
