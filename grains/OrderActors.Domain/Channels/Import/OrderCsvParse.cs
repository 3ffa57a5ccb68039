using System.Collections.Immutable;

namespace OrderActors.Domain.Channels.Import;

/// <summary>
/// What reading an import file found. Either the file is refused as a whole (<see cref="FileErrors"/>,
/// and nothing else is set), or every order in it is either valid (<see cref="ValidOrders"/>) or
/// invalid, with every one of its lines in <see cref="LineErrors"/>: never part of an order.
/// </summary>
/// <param name="Rows">Data rows read (blank lines are not rows).</param>
/// <param name="Orders">Distinct orders in the file; a row without a usable platform order id counts as an order of its own.</param>
/// <param name="InvalidOrders">Orders not to be imported because at least one of their lines is invalid.</param>
public sealed record OrderCsvParse(
    ImmutableArray<ImportError> FileErrors,
    int Rows,
    int Orders,
    int InvalidOrders,
    ImmutableArray<CsvOrder> ValidOrders,
    ImmutableArray<ImportError> LineErrors)
{
    public bool IsRefused => !FileErrors.IsEmpty;

    internal static OrderCsvParse Refused(IEnumerable<ImportError> errors) => new([.. errors], 0, 0, 0, [], []);
}
