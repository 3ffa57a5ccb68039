namespace OrderActors.Simulators;

/// <summary>
/// The switches every simulator has under its admin prefix (<c>/sim/{platform}</c>): apps, sessions,
/// token expiry and revocation, faults, flow control, call counts. Not part of any platform.
/// </summary>
public static class SimulatorAdminApi
{
    public static RouteGroupBuilder MapSimulatorAdmin<TState>(this IEndpointRouteBuilder endpoints, string prefix)
        where TState : SimulatorState
    {
        var group = endpoints.MapGroup(prefix);

        // Resolved per request rather than bound as a handler parameter: the route-handler analyzer cannot follow a generic parameter type.
        static TState State(HttpContext http) => http.RequestServices.GetRequiredService<TState>();

        group.MapPost("/apps", (SimAppRequest app, HttpContext http) =>
        {
            State(http).AddApp(app.AppKey, app.AppSecret);
            return Results.NoContent();
        });

        group.MapPost("/sessions", (SimSessionRequest request, HttpContext http) => Results.Ok(State(http).CreateSession(request)));

        group.MapPost("/sessions/{accessToken}/expire", (string accessToken, HttpContext http) =>
            State(http).ExpireSession(accessToken) ? Results.NoContent() : Results.NotFound());

        group.MapPost("/sessions/{accessToken}/revoke", (string accessToken, HttpContext http) =>
            State(http).RevokeSession(accessToken) ? Results.NoContent() : Results.NotFound());

        group.MapPost("/faults", (SimFaults faults, HttpContext http) =>
        {
            State(http).InjectFaults(faults);
            return Results.NoContent();
        });

        group.MapPut("/rate-limit", (SimRateLimitRequest limit, HttpContext http) =>
        {
            State(http).SetCallsPerSecond(limit.CallsPerSecond);
            return Results.NoContent();
        });

        group.MapGet("/calls", (HttpContext http) => Results.Ok(State(http).Calls()));
        group.MapGet("/shipments", (HttpContext http) => Results.Ok(State(http).Shipments.All()));
        return group;
    }
}
