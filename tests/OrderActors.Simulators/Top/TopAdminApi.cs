namespace OrderActors.Simulators.Top;

/// <summary>Switches and seeds for tests and demos, under <c>/sim/top</c>. Not part of TOP.</summary>
internal static class TopAdminApi
{
    public static RouteGroupBuilder MapTopAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapSimulatorAdmin<TopSimulatorState>("/sim/top");

        group.MapPut("/shops/{shop}/trades", (string shop, SimTrade[] trades, TopSimulatorState state) =>
        {
            state.UpsertTrades(shop, trades);
            return Results.NoContent();
        });

        group.MapPost("/shops/{shop}/trades/{tid:long}/change", (string shop, long tid, SimTradeChange change, TopSimulatorState state) =>
            state.ChangeTrade(shop, tid, change) is { } trade ? Results.Ok(trade) : Results.NotFound());

        return group;
    }
}
