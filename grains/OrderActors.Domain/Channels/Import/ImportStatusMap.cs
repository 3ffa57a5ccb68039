using System.Collections.Frozen;
using System.Collections.Immutable;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Domain.Channels.Pinduoduo;
using OrderActors.Domain.Channels.Taobao;
using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Domain.Channels.Import;

/// <summary>
/// Which status table reads the <c>status</c> (and <c>refund_status</c>) column of a channel's import
/// file: the same tables the connectors use, so an import and a pull of the same order agree. Only
/// Taobao/Tmall and Pinduoduo report a refund status beside the order status; for the others a
/// refund_status cell must stay empty.
/// </summary>
public sealed class ImportStatusMap
{
    private static readonly FrozenDictionary<string, ImportStatusMap> ByChannel = new ImportStatusMap[]
    {
        new("web", "web store status", WebStoreStatusMap.Statuses, null),
        new("taobao", "Taobao trade status (Trade.status)", TaobaoStatusMap.TradeStatuses, TaobaoStatusMap.RefundStatuses),
        new("tmall", "Tmall trade status (Trade.status)", TaobaoStatusMap.TradeStatuses, TaobaoStatusMap.RefundStatuses),
        new("jd", "JD order_state", JdStatusMap.OrderStates, null),
        new("pdd", "Pinduoduo order_status", PddStatusMap.OrderStatuses, PddStatusMap.RefundStatuses),
        new("douyin", "Douyin order_status", DouyinStatusMap.OrderStatuses, null),
    }.ToFrozenDictionary(m => m.Channel, StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, PlatformOrderState> _statuses;
    private readonly IReadOnlyDictionary<string, PlatformRefundState>? _refunds;

    private ImportStatusMap(
        string channel, string statusName, IReadOnlyDictionary<string, PlatformOrderState> statuses, IReadOnlyDictionary<string, PlatformRefundState>? refunds)
    {
        (Channel, StatusName, _statuses, _refunds) = (channel, statusName, statuses, refunds);
    }

    /// <summary>The channel codes that have a table: the first part of an order id.</summary>
    public static ImmutableArray<string> Channels { get; } = [.. ByChannel.Keys.Order(StringComparer.Ordinal)];

    public string Channel { get; }

    /// <summary>What the status column holds on this channel, for error messages.</summary>
    public string StatusName { get; }

    public bool HasRefundStatus => _refunds is not null;

    public IEnumerable<string> StatusCodes => _statuses.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<string> RefundCodes => _refunds is null ? Enumerable.Empty<string>() : _refunds.Keys.Order(StringComparer.Ordinal);

    /// <summary>The table for a channel code ("taobao", "pdd" …), or null for a channel without one.</summary>
    public static ImportStatusMap? ForChannel(string? channel) =>
        channel is not null && ByChannel.TryGetValue(channel.Trim().ToLowerInvariant(), out var map) ? map : null;

    public PlatformStatus MapStatus(string? code) => PlatformStatus.From(_statuses, code);

    /// <summary>An empty cell means no refund; on a channel without refund codes only an empty cell is known.</summary>
    public PlatformRefundStatus MapRefund(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return PlatformRefundStatus.NoRefund;
        }

        return _refunds is null
            ? new PlatformRefundStatus(PlatformRefundState.Unknown, code.Trim())
            : PlatformRefundStatus.From(_refunds, code);
    }
}
