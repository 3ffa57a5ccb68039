using OrderActors.Simulators;
using OrderActors.Simulators.Douyin;
using OrderActors.Simulators.Jd;
using OrderActors.Simulators.Pdd;
using OrderActors.Simulators.Top;
using OrderActors.Simulators.WebStore;

// Standalone: dotnet run --project tests/OrderActors.Simulators -- --urls http://127.0.0.1:9100
// Every platform answers at its own paths (TOP at /router/rest and /oauth/token, …); admin under /sim/{platform}.
ISimulatedPlatform[] platforms = [new TopPlatform(), new JdPlatform(), new PddPlatform(), new DouyinPlatform(), new WebStorePlatform(), new OrderActors.Simulators.Carriers.CarrierPlatform(),
    new OrderActors.Simulators.Wms.WmsPlatform()];
var app = SimulatorHost.Build(args, TimeProvider.System, platforms);
foreach (var platform in platforms)
{
    platform.SeedDemo(app.Services);
}

await app.RunAsync();
