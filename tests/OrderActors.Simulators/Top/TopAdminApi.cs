namespace OrderActors.Simulators.Top;

/// <summary>Switches and seeds for tests and demos, under <c>/sim/top</c>. Not part of TOP.</summary>
internal static class TopAdminApi
{
    public static RouteGroupBuilder MapTopAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/sim/top");

        group.MapPost("/apps", (AppRequest app, TopSimulatorState state) =>
        {
            state.AddApp(app.AppKey, app.AppSecret);
            return Results.NoContent();
        });

        group.MapPost("/sessions", (SimSessionRequest request, TopSimulatorState state) => Results.Ok(state.CreateSession(request)));

        group.MapPost("/sessions/{accessToken}/expire", (string accessToken, TopSimulatorState state) =>
            state.ExpireSession(accessToken) ? Results.NoContent() : Results.NotFound());

        group.MapPut("/shops/{shop}/trades", (string shop, SimTrade[] trades, TopSimulatorState state) =>
        {
            state.UpsertTrades(shop, trades);
            return Results.NoContent();
        });

        group.MapPost("/shops/{shop}/trades/{tid:long}/change", (string shop, long tid, SimTradeChange change, TopSimulatorState state) =>
            state.ChangeTrade(shop, tid, change) is { } trade ? Results.Ok(trade) : Results.NotFound());

        group.MapPost("/faults", (SimFaults faults, TopSimulatorState state) =>
        {
            state.InjectFaults(faults);
            return Results.NoContent();
        });

        group.MapPut("/rate-limit", (RateLimitRequest limit, TopSimulatorState state) =>
        {
            state.SetCallsPerSecond(limit.CallsPerSecond);
            return Results.NoContent();
        });

        group.MapGet("/calls", (TopSimulatorState state) => Results.Ok(state.Calls()));
        return group;
    }

    internal sealed record AppRequest(string AppKey, string AppSecret);

    internal sealed record RateLimitRequest(int CallsPerSecond);
}
