using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces.Analytics;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Analytics;

/// <summary>/api/analytics: how long orders spend in each fulfilment step, for the operator pages' charts.</summary>
public static class AnalyticsApi
{
    /// <summary>The longest period one query may cover: the projection is read whole for it.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(92);

    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/analytics").WithTags("Analytics")
            .MapGet("/stages", Stages)
            .WithSummary("Per step: count, mean, p50, p90 (seconds) of the steps that ended in [from, to); groups, top delay reasons, the bottleneck.")
                .RequireScope(Scopes.Read);
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
