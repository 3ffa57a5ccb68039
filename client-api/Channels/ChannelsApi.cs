using Microsoft.AspNetCore.Http.HttpResults;
using System.Collections.Immutable;
using OrderActors.ClientApi.OperatorConsole;
using OrderActors.ClientApi.Security;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.ClientApi.Channels;

/// <summary>/api/channels: marketplace shops, their connectors' health, and "pull now".</summary>
public static class ChannelsApi
{
    private const int MaxSilenceThresholdMinutes = 7 * 24 * 60;

    public static IEndpointRouteBuilder MapChannelsApi(this IEndpointRouteBuilder app)
    {
        var channels = app.MapGroup("/api/channels").WithTags("Channels");
        channels.MapGet("", List).RequireScope(Scopes.Read)
            .WithSummary("Every connected shop (all platforms, or ?channel=), with its connector's health, by channel and shop.");
        app.MapConsolePage("/console/channels", "channels.html", Scopes.Read);
        channels.MapPut("/{channel}/{shop}", Configure).WithSummary("Connect a shop: its authorization and pull schedule (every 5 minutes by default).").RequireScope(Scopes.ChannelsWrite);
        channels.MapGet("/{channel}/{shop}", Health).WithSummary("The shop's connector: checkpoint, last pull, token expiry, failures, counters.").RequireScope(Scopes.Read);
        channels.MapPost("/{channel}/{shop}/pull", Pull).WithSummary("Pull the shop's orders now and report what the pull did.").RequireScope(Scopes.ChannelsWrite);
        return app;
    }

    private static async Task<Results<Ok<ImmutableArray<ConnectorHealth>>, ValidationProblem>> List(string? channel, IClusterClient cluster)
    {
        if (channel is not null && !SalesChannels.TryParse(channel, out _))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["channel"] = [$"Unknown channel. Known: {string.Join(", ", SalesChannels.Codes)}."],
            });
        }

        var shops = await cluster.GetGrain<IReadModelGrain>(0).Shops(channel?.ToLowerInvariant());
        var health = await Task.WhenAll(shops.Select(s => Connector(cluster, s.Channel, s.Shop).GetHealth()));
        return TypedResults.Ok(health.Where(h => h.Configured).ToImmutableArray());
    }

    private static async Task<Results<Ok<ConnectorHealth>, ProblemHttpResult, ValidationProblem>> Configure(
        string channel, string shop, ShopRequest request, IClusterClient cluster, TimeProvider time)
    {
        var errors = new Dictionary<string, string[]>();
        if (!SalesChannels.TryParse(channel, out var salesChannel))
        {
            errors["channel"] = [$"Unknown channel. Known: {string.Join(", ", SalesChannels.Codes)}."];
        }

        if (!Codes.IsValidShop(shop))
        {
            errors["shop"] = [$"A shop is 1-{Codes.MaxShopLength} letters, digits, '.', '-' or '_'."];
        }

        if (string.IsNullOrWhiteSpace(request.AccessToken))
        {
            errors["accessToken"] = ["Required: the shop's access token (session key) from the platform's authorization."];
        }

        if (request.AccessTokenExpiresAt is null)
        {
            errors["accessTokenExpiresAt"] = ["Required: when the access token expires."];
        }

        if (request.SilenceThresholdMinutes is < 1 or > MaxSilenceThresholdMinutes)
        {
            errors["silenceThresholdMinutes"] = [$"Between 1 and {MaxSilenceThresholdMinutes} (7 days); leave it out for the default (10 minutes)."];
        }

        if (request.WebhookSecret is { } secret)
        {
            if (salesChannel is not SalesChannel.Web)
            {
                errors["webhookSecret"] = ["Only own web store shops (channel web) push signed orders; marketplaces take no webhook secret."];
            }
            else if (secret.Length is < WebStoreWebhook.MinSecretLength or > WebStoreWebhook.MaxSecretLength || !secret.All(c => c is > ' ' and <= '~'))
            {
                errors["webhookSecret"] = [$"{WebStoreWebhook.MinSecretLength}-{WebStoreWebhook.MaxSecretLength} printable ASCII characters without spaces (e.g. 32 random bytes in hex or base64): the key the store signs its pushes with."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var connector = Connector(cluster, channel, shop);
        var problem = await connector.Configure(new ShopConnection(
            request.AccessToken!, request.AccessTokenExpiresAt!.Value, request.RefreshToken,
            TimeSpan.FromMinutes(request.PullIntervalMinutes ?? 5), request.FirstPullFrom, request.Enabled ?? true,
            request.SilenceThresholdMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            request.WebhookSecret));
        return problem is null
            ? TypedResults.Ok(await connector.GetHealth())
            : Problems.Of(StatusCodes.Status422UnprocessableEntity, "InvalidShop", problem);
    }

    private static async Task<Results<Ok<ConnectorHealth>, ProblemHttpResult>> Health(string channel, string shop, IClusterClient cluster)
    {
        if (!SalesChannels.TryParse(channel, out _) || !Codes.IsValidShop(shop))
        {
            return Problems.NotFound($"Shop '{channel}:{shop}'");
        }

        var health = await Connector(cluster, channel, shop).GetHealth();
        return health.Configured ? TypedResults.Ok(health) : Problems.NotFound($"Shop '{channel}:{shop}'");
    }

    private static async Task<Results<Ok<PullReport>, ProblemHttpResult>> Pull(string channel, string shop, IClusterClient cluster)
    {
        if (!SalesChannels.TryParse(channel, out _) || !Codes.IsValidShop(shop) || !(await Connector(cluster, channel, shop).GetHealth()).Configured)
        {
            return Problems.NotFound($"Shop '{channel}:{shop}'");
        }

        return TypedResults.Ok(await Connector(cluster, channel, shop).PullNow());
    }

    private static IChannelConnectorGrain Connector(IClusterClient cluster, string channel, string shop) =>
        cluster.GetGrain<IChannelConnectorGrain>($"{channel.ToLowerInvariant()}:{shop}");
}

/// <summary>A shop's authorization and schedule. The platform app's key and secret are the service's configuration.</summary>
/// <param name="SilenceThresholdMinutes">How long the shop may bring no new order before it is reported silent (default 10 minutes).</param>
/// <param name="WebhookSecret">Own web store shops only: the key the store signs its pushed orders with
/// (32-256 printable ASCII characters), stored encrypted with the connector. Leaving it out turns the webhook off.</param>
public sealed record ShopRequest(
    string? AccessToken,
    DateTimeOffset? AccessTokenExpiresAt,
    string? RefreshToken,
    int? PullIntervalMinutes,
    DateTimeOffset? FirstPullFrom,
    bool? Enabled,
    int? SilenceThresholdMinutes = null,
    string? WebhookSecret = null);
