using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.ClientApi.Security;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.ClientApi.Orders;

/// <summary>
/// GET /api/orders/search: customer service finds an order by its id, platform order id, waybill number or the last
/// four digits of the buyer's phone, filtered by status, channel, shop and paid (else created) time; newest first, keyset paged.
/// </summary>
public static class OrderSearchApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    private const int MaxTextLength = 128;

    public static IEndpointRouteBuilder MapOrderSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/orders/search", Search)
            .WithTags("Orders")
            .WithSummary("Find orders: q (order id, platform order id, waybill, or 4-digit phone tail), status, channel, shop, from/to (paid, else created), after (cursor), limit 1-200.")
            .RequireScope(Scopes.Read);
        return app;
    }

    private static async Task<Results<Ok<OrderSearchResponse>, ValidationProblem>> Search(
        string? q, string? status, string? channel, string? shop, string? from, string? to, string? after, string? limit, IClusterClient cluster)
    {
        var errors = new Dictionary<string, string[]>();
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (text is { Length: > MaxTextLength })
        {
            errors["q"] = [$"At most {MaxTextLength} characters."];
        }

        OrderStatus? parsedStatus = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<OrderStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _))
            {
                parsedStatus = s;
            }
            else
            {
                errors["status"] = [$"One of {string.Join(", ", Enum.GetNames<OrderStatus>())}."];
            }
        }

        string? channelCode = null;
        if (!string.IsNullOrEmpty(channel))
        {
            if (SalesChannels.TryParse(channel, out var c))
            {
                channelCode = c.Value.Code();
            }
            else
            {
                errors["channel"] = [$"One of {string.Join(", ", SalesChannels.Codes)}."];
            }
        }

        var shopCode = string.IsNullOrEmpty(shop) ? null : shop;
        if (shopCode is not null && !Codes.IsValidShop(shopCode))
        {
            errors["shop"] = ["A shop code."];
        }

        var fromAt = Time("from", from, endOfDay: false, errors);
        var toAt = Time("to", to, endOfDay: true, errors);
        if (fromAt is not null && toAt is not null && fromAt > toAt)
        {
            errors["to"] = ["Must not be before 'from'."];
        }

        OrderSearchCursor? cursor = null;
        if (!string.IsNullOrEmpty(after) && !OrderSearchCursor.TryDecode(after, out cursor))
        {
            errors["after"] = ["Not a cursor from a previous page ('next')."];
        }

        var pageSize = DefaultLimit;
        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"1-{MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The search is not valid");
        }

        // One row more than asked tells whether another page exists without counting.
        var hits = await cluster.GetGrain<IOrderSearchGrain>(0).Search(new OrderSearchQuery(
            text, parsedStatus, channelCode, shopCode, fromAt, toAt, cursor?.PlacedAt, cursor?.OrderId, pageSize + 1));
        var page = hits.Take(pageSize).Select(OrderSearchRow.From).ToList();
        var next = hits.Length > pageSize ? new OrderSearchCursor(page[^1].PlacedAt, page[^1].OrderId).Encode() : null;
        return TypedResults.Ok(new OrderSearchResponse(page, next));
    }

    /// <summary>An ISO 8601 time (no offset: UTC), or a date; a date as 'to' means the whole of that day.</summary>
    private static DateTimeOffset? Time(string field, string? value, bool endOfDay, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1) : start;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return at;
        }

        errors[field] = ["An ISO 8601 time (2026-11-11T00:00:00+08:00) or a date (2026-11-11)."];
        return null;
    }
}
