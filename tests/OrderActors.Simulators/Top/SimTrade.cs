namespace OrderActors.Simulators.Top;

/// <summary>A trade as seeded through the admin API: amounts in fen and instants, which the simulator
/// writes on the wire the way TOP does (yuan strings, GMT+8 times).</summary>
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
    IReadOnlyList<SimLine> Lines);

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

/// <summary>A session (access token) to create for a shop; tokens are generated when not given.</summary>
public sealed record SimSessionRequest(
    string Shop,
    string? AppKey = null,
    string? AccessToken = null,
    string? RefreshToken = null,
    int? ExpiresInSeconds = null,
    int? RefreshExpiresInSeconds = null);

/// <summary>The session as created.</summary>
public sealed record SimSession(string Shop, string AppKey, string AccessToken, DateTimeOffset ExpiresAt, string RefreshToken, DateTimeOffset RefreshExpiresAt);

/// <summary>Faults to inject into the next gateway calls.</summary>
/// <param name="Throttles">The next N calls answer code 7 (App Call Limited).</param>
/// <param name="ServerErrors">The next N calls answer HTTP <paramref name="ServerErrorStatus"/> with an HTML body.</param>
/// <param name="Garbage">The next N calls answer HTTP 200 with a body that is not JSON.</param>
public sealed record SimFaults(int Throttles = 0, int ServerErrors = 0, int ServerErrorStatus = 503, int Garbage = 0);

/// <summary>Call counts since start: by method (TOP method name, or <c>oauth.token</c>) and by outcome
/// (<c>ok</c>, <c>error:{code}</c>, <c>http:{status}</c>, <c>oauth:{error}</c>).</summary>
public sealed record SimCallCounts(int Total, IReadOnlyDictionary<string, int> ByMethod, IReadOnlyDictionary<string, int> ByOutcome);
