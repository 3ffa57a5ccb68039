using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces.Analytics;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.ClientApi.OperatorConsole;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Analytics;

/// <summary>/api/analytics: how long orders spend in each fulfilment step, for the operator pages' charts.</summary>
public static class AnalyticsApi
{
    /// <summary>The longest period one query may cover: the projection is read whole for it.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(92);

    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var analytics = app.MapGroup("/api/analytics").WithTags("Analytics");
        analytics.MapGet("/stages", Stages)
            .WithSummary("Per step: count, mean, p50, p90 (seconds) of the steps that ended in [from, to); groups, top delay reasons, the bottleneck.")
            .RequireScope(Scopes.Read);
        analytics.MapGet("/overview", Overview)
            .RequireScope(Scopes.Read)
            .WithSummary("The last ?minutes= (default 60, at most 1440): status changes per minute by channel and status; the orders waiting in each open status now and since when the oldest waits.");
        app.MapConsolePage("/console/", "overview.html", Scopes.Read);
        return app;
    }

    private static async Task<Results<Ok<StageReport>, ValidationProblem>> Stages(
        string? from, string? to, string? warehouse, string? carrier, string? channel, string? groupBy, IClusterClient cluster)
    {
        var errors = new Dictionary<string, string[]>();
        var start = Instant(from, "from", errors);
        var end = Instant(to, "to", errors);
        if (start is { } s && end is { } e)
        {
            if (e <= s)
            {
                errors["to"] = ["Must be after 'from'."];
            }
            else if (e - s > MaxPeriod)
            {
                errors["to"] = [$"The period may cover at most {MaxPeriod.TotalDays:0} days."];
            }
        }

        if (warehouse is not null && !Codes.IsValidWarehouse(warehouse))
        {
            errors["warehouse"] = ["Not a warehouse code."];
        }

        if (carrier is not null && !Codes.IsValidShop(carrier))
        {
            errors["carrier"] = ["Not a carrier code."];
        }

        if (channel is not null && !SalesChannels.TryParse(channel, out _))
        {
            errors["channel"] = [$"Unknown channel. Known channels: {string.Join(", ", SalesChannels.Codes)}."];
        }

        if (groupBy is not null && groupBy is not ("warehouse" or "carrier"))
        {
            errors["groupBy"] = ["Either 'warehouse' or 'carrier'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The analytics query is not valid");
        }

        return TypedResults.Ok(await cluster.GetGrain<IStageAnalyticsGrain>(0).Stages(new StageReportQuery(start!.Value, end!.Value, warehouse, carrier, channel, groupBy)));
    }

    private static async Task<Results<Ok<OrderFlowOverview>, ValidationProblem>> Overview(string? minutes, IClusterClient cluster)
    {
        var window = 60;
        if (minutes is not null
            && (!int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window is < 1 or > OrderFlowOverview.MaxMinutes))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["minutes"] = [$"A whole number of minutes from 1 to {OrderFlowOverview.MaxMinutes} (a day)."] },
                title: "The overview query is not valid");
        }

        return TypedResults.Ok(await cluster.GetGrain<IOrderFlowGrain>(0).Overview(window));
    }

    /// <summary>An ISO 8601 instant with an offset (2026-11-09T00:00:00+08:00), or a date, read as the start of that China day.</summary>
    private static DateTimeOffset? Instant(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = ["Required: an ISO 8601 time with offset, or a date (China day)."];
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        }

        if (text.Length > 10 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        errors[field] = ["Not an ISO 8601 time with offset (e.g. 2026-11-09T00:00:00+08:00) or a date (2026-11-09)."];
        return null;
    }
}
