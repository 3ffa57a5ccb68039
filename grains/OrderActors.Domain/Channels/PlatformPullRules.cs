namespace OrderActors.Domain.Channels;

/// <summary>
/// Pull-window presets per platform. "Documented" values come from the platform's API description;
/// "chosen" values are ours (overlap, batch size, and any limit the platform does not publish).
/// </summary>
public static class PlatformPullRules
{
    private static readonly TimeSpan DefaultOverlap = TimeSpan.FromMinutes(5); // chosen
    private const int DefaultWindowsPerPlan = 12;                             // chosen

    /// <summary>
    /// <c>taobao.trades.sold.increment.get</c>: end_modified − start_modified ≤ 1 day (documented);
    /// only trades of the last three months (documented; taken as 90 days); results newest first,
    /// page from the last page backwards (documented); page_size ≤ 100.
    /// </summary>
    public static PullWindowRules Taobao { get; } = new(
        MaxWindow: TimeSpan.FromDays(1),
        Overlap: DefaultOverlap,
        MaxLookback: TimeSpan.FromDays(90),
        SettleLag: TimeSpan.Zero,
        MaxWindowsPerPlan: DefaultWindowsPerPlan);

    /// <summary>
    /// <c>pdd.order.number.list.increment.get</c>: end_updated_at − start_updated_at ≤ 30 minutes
    /// (documented); orders of the last three months (documented, taken as 90 days); page backwards
    /// (documented). The doc adds that paging backwards "and an end time not less than 3 minutes before
    /// Pinduoduo's system time" avoids missed orders; we read that as "end at least 3 minutes before
    /// now" (settle lag) — the sentence is ambiguous and this reading is ours.
    /// </summary>
    public static PullWindowRules Pinduoduo { get; } = new(
        MaxWindow: TimeSpan.FromMinutes(30),
        Overlap: TimeSpan.FromMinutes(3),
        MaxLookback: TimeSpan.FromDays(90),
        SettleLag: TimeSpan.FromMinutes(3),
        MaxWindowsPerPlan: 48);

    /// <summary>
    /// <c>jingdong.pop.order.search</c> with dateType=0 (by modified time): start and end may be at most
    /// one month apart (documented); page_size ≤ 100 (documented in one SDK copy, 50 in another); JD
    /// advises rolling the time window rather than paging deep (documented). The 1-day window is
    /// chosen, well inside the month. How far back the API serves was not confirmed: no lookback.
    /// </summary>
    public static PullWindowRules Jd { get; } = new(
        MaxWindow: TimeSpan.FromDays(1),
        Overlap: DefaultOverlap,
        MaxLookback: null,
        SettleLag: TimeSpan.Zero,
        MaxWindowsPerPlan: DefaultWindowsPerPlan);

    /// <summary>
    /// <c>order.searchList</c> by update_time_start/update_time_end (Unix seconds), page from 0,
    /// size ≤ 100 (documented). A maximum range and lookback were not confirmed from Douyin's docs;
    /// the 1-day window is chosen and there is no lookback limit until one is confirmed.
    /// </summary>
    public static PullWindowRules Douyin { get; } = new(
        MaxWindow: TimeSpan.FromDays(1),
        Overlap: DefaultOverlap,
        MaxLookback: null,
        SettleLag: TimeSpan.Zero,
        MaxWindowsPerPlan: DefaultWindowsPerPlan);

    /// <summary>
    /// The own web store's <c>GET /webstore/api/orders?updated_from=&amp;updated_to=</c>, whose limits
    /// our contract sets (<see cref="global::OrderActors.Domain.Channels.WebStore.WebStoreProtocol"/>,
    /// docs/channels-webstore.md): a window of at most 24 hours, 90 days of lookback, page from the
    /// last page backwards (the contract's advice, for the reason TOP gives:
    /// an order modified while paging leaves the window and would shift an unread order onto a page
    /// already read). No settle lag: the overlap catches changes committed a little after their
    /// updated_at, and the webhook brings most orders long before a pull.
    /// </summary>
    public static PullWindowRules WebStore { get; } = new(
        MaxWindow: TimeSpan.FromDays(1),
        Overlap: DefaultOverlap,
        MaxLookback: TimeSpan.FromDays(90),
        SettleLag: TimeSpan.Zero,
        MaxWindowsPerPlan: DefaultWindowsPerPlan);
}
