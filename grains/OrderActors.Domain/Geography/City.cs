namespace OrderActors.Domain.Geography;

/// <summary>
/// A prefecture-level city of mainland China (or a county-level unit a province governs directly, such
/// as 济源市 or 仙桃市), keyed by its GB/T 2260 code. A municipality (北京市, 天津市, 上海市, 重庆市) is
/// the single city of its province, coded XX0100. <see cref="Latitude"/> and <see cref="Longitude"/>
/// are the seat of its government in degrees.
/// </summary>
public sealed record City(string Code, string Name, string ProvinceCode, double Latitude, double Longitude);
