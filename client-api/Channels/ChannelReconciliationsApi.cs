using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Channels;

/// <summary>/api/channels/{channel}/{shop}/reconciliations: the shop's orders per day against the platform's own count.</summary>
public static class ChannelReconciliationsApi
{
    private const int MaxDays = 92;

    public static IEndpointRouteBuilder MapChannelReconciliationsApi(this IEndpointRouteBuilder app)
    {
        var shops = app.MapGroup("/api/channels/{channel}/{shop}").WithTags("Channels");
        shops.MapPost("/reconciliations", Run)
            .WithSummary("Reconcile the shop now for a period of China days (default: the last 7): platform count against orders received, missing ones re-pulled. The result is stored before the answer.")
            .RequireScope(Scopes.ChannelsWrite);
        shops.MapGet("/reconciliations", Recent).WithSummary("The shop's reconciled days, newest run first.").RequireScope(Scopes.Read);
        return app;
    }

    private static async Task<Results<Ok<ShopReconciliation>, ProblemHttpResult, ValidationProblem>> Run(
        string channel, string shop, ReconcileRequest? request, IClusterClient cluster, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var to = request?.To ?? today.AddDays(-1);
        var from = request?.From ?? to.AddDays(-6);
        var errors = new Dictionary<string, string[]>();
        if (to < from)
        {
            errors["to"] = ["'to' must not be before 'from'."];
        }
        else if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors["from"] = [$"At most {MaxDays} days per run."];
        }

        if (to > today)
        {
            errors["to"] = ["'to' cannot be after today (China time)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await ConfiguredConnector(cluster, channel, shop) is not { } connector)
        {
            return Problems.NotFound($"Shop '{channel}:{shop}'");
        }

        var result = await connector.Reconcile(from, to);
        return result.Error is not null && result.Days.IsEmpty
            ? Problems.Of(StatusCodes.Status502BadGateway, "PlatformUnavailable", result.Error)
            : TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<ImmutableArray<StoredDayReconciliation>>, ProblemHttpResult>> Recent(
        string channel, string shop, IClusterClient cluster, int? limit)
    {
        if (await ConfiguredConnector(cluster, channel, shop) is null)
        {
            return Problems.NotFound($"Shop '{channel}:{shop}'");
        }

        return TypedResults.Ok(await cluster.GetGrain<IReadModelGrain>(0).ChannelReconciliations(channel.ToLowerInvariant(), shop, limit ?? 50));
    }

    private static async Task<IChannelConnectorGrain?> ConfiguredConnector(IClusterClient cluster, string channel, string shop)
    {
        if (!SalesChannels.TryParse(channel, out _) || !Codes.IsValidShop(shop))
        {
            return null;
        }

        var connector = cluster.GetGrain<IChannelConnectorGrain>($"{channel.ToLowerInvariant()}:{shop}");
        return (await connector.GetHealth()).Configured ? connector : null;
    }
}

/// <summary>The China days to reconcile, inclusive; both optional (default: the 7 days before today).</summary>
public sealed record ReconcileRequest(DateOnly? From, DateOnly? To);
