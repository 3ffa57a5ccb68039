namespace OrderActors.Simulators.Top;

/// <summary>A trade as seeded through the admin API: amounts in fen and instants, which the simulator
/// writes on the wire the way TOP does (yuan strings, GMT+8 times). <paramref name="VisibleAt"/>: the trade
/// shows up in no answer before then, although its modified time may be older (a platform whose index lags).</summary>
public sealed record SimTrade(
    long Tid,
    string Status,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    DateTimeOffset? PayTime,
    long PaymentFen,
    long TotalFeeFen,
    long PostFeeFen,
    string BuyerNick,
    SimAddress Receiver,
    IReadOnlyList<SimLine> Lines,
    DateTimeOffset? VisibleAt = null);

/// <summary>The receiver_* fields of a trade.</summary>
public sealed record SimAddress(string Name, string Mobile, string State, string City, string District, string Address, string Zip);

/// <summary>One Order (sub-order) of a trade.</summary>
public sealed record SimLine(
    long Oid,
    long NumIid,
    string? SkuId,
    string? OuterIid,
    string? OuterSkuId,
    string Title,
    int Num,
    long PriceFen,
    long TotalFeeFen,
    long PaymentFen,
    string Status,
    string RefundStatus = "NO_REFUND");

/// <summary>A change to a seeded trade: a new status, refund status, and modified time (now when not given).</summary>
public sealed record SimTradeChange(string? Status = null, string? RefundStatus = null, DateTimeOffset? Modified = null);
