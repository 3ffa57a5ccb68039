using OrderActors.Simulators.Top;

// Standalone: dotnet run --project tests/OrderActors.Simulators -- --urls http://127.0.0.1:9100
// The TOP gateway is then at /router/rest, the OAuth token endpoint at /oauth/token, admin under /sim/top.
var app = TopSimulatorHost.Build(args);
app.Services.GetRequiredService<TopSimulatorState>().SeedDemoSession();
await app.RunAsync();
