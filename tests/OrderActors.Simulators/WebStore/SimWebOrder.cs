namespace OrderActors.Simulators.WebStore;

/// <summary>
/// An order of the simulated web store as seeded through the admin API; the simulator writes it on the
/// wire as the contract's order object. <paramref name="VisibleAt"/>: the order shows up in no list or
/// read before then although its updated_at may be older (a store whose replica or index lags).
/// </summary>
public sealed record SimWebOrder(
    string Id,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PaidAt,
    IReadOnlyList<SimWebLine> Lines,
    SimWebAddress ShippingAddress,
    long ShippingFen = 0,
    DateTimeOffset? VisibleAt = null);

/// <summary>One line: the seller's SKU code, quantity, unit price in fen, title.</summary>
public sealed record SimWebLine(string Sku, int Quantity, long UnitPriceFen, string Title);

/// <summary>The shipping address as the store writes it.</summary>
public sealed record SimWebAddress(string Recipient, string Phone, string Province, string City, string? District, string Detail);

/// <summary>A change to a seeded order: a new status (and paid_at), and its updated_at (now when not given).</summary>
public sealed record SimWebOrderChange(string? Status = null, DateTimeOffset? UpdatedAt = null, DateTimeOffset? PaidAt = null);
