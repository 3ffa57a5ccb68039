namespace OrderActors.Simulators.Douyin;

/// <summary>
/// Douyin shop (抖店): the open-API gateway at the platform's own method paths (<c>/order/searchList</c>,
/// <c>/order/orderDetail</c>, <c>/token/refresh</c>: the method name with dots as slashes, as on
/// <c>openapi-fxg.jinritemai.com</c>), admin under <c>/sim/douyin</c>. A client's gateway URL is the
/// simulator's base address.
/// </summary>
public sealed class DouyinPlatform(DouyinSimulatorOptions? options = null) : ISimulatedPlatform
{
    public const string AdminPrefix = "/sim/douyin";

    /// <summary>The methods served, each at <c>/{method with '.' as '/'}</c>.</summary>
    public static IReadOnlyList<string> Methods { get; } = [DouyinGateway.SearchList, DouyinGateway.OrderDetail, DouyinGateway.Refresh, DouyinGateway.LogisticsAdd];

    public void AddServices(IServiceCollection services, TimeProvider time) =>
        services.AddSingleton(new DouyinSimulatorState(options ?? new DouyinSimulatorOptions(), time));

    public void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var method in Methods)
        {
            endpoints.MapMethods("/" + method.Replace('.', '/'), ["GET", "POST"], (HttpRequest request, DouyinSimulatorState state) =>
                DouyinGateway.HandleAsync(request, state, method));
        }

        endpoints.MapDouyinAdminApi();
    }

    /// <summary>Shop <c>douyin-demo-shop</c> with access token <c>douyin-sim-token</c> and refresh token <c>douyin-sim-refresh</c>.</summary>
    public void SeedDemo(IServiceProvider services) =>
        services.GetRequiredService<DouyinSimulatorState>().SeedDemoSession();
}
