namespace OrderActors.Domain.Carriers;

/// <summary>One carrier's codes and what each means for the parcel, as a table to read. A code not in the table
/// is kept raw on the event and counts as <see cref="ParcelState.InTransit"/>: the carrier touched the parcel,
/// and the state rule never lets such a scan undo a delivery or a return.</summary>
public sealed class CarrierStatusTable
{
    private readonly Dictionary<string, ParcelState> _states;

    public CarrierStatusTable(IEnumerable<(string Code, ParcelState State, string Meaning)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = [.. rows];
        _states = Rows.ToDictionary(r => r.Code, r => r.State, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<(string Code, ParcelState State, string Meaning)> Rows { get; }

    public ParcelState Map(string? code) =>
        code is not null && _states.TryGetValue(code.Trim(), out var state) ? state : ParcelState.InTransit;

    public bool Knows(string? code) => code is not null && _states.ContainsKey(code.Trim());
}
