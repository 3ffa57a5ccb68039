namespace OrderActors.Grains.Channels.WebStore;

/// <summary>Where and as whom a <see cref="WebStoreClient"/> calls; pointing it at a store or at the simulator is only these values.</summary>
/// <param name="ApiBaseUrl">The order API base, <c>{store}/webstore/api/</c> (a missing trailing slash is added).</param>
/// <param name="TokenUrl">The OAuth 2.0 token endpoint, <c>{store}/webstore/oauth/token</c>.</param>
/// <param name="ClientId">OrderActors' OAuth client id at the store.</param>
/// <param name="ClientSecret">OrderActors' OAuth client secret at the store.</param>
internal sealed record WebStoreClientOptions(Uri ApiBaseUrl, Uri TokenUrl, string ClientId, string ClientSecret)
{
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(ApiBaseUrl);
        ArgumentNullException.ThrowIfNull(TokenUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(ClientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ClientSecret);
    }
}
