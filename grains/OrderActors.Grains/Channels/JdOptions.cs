namespace OrderActors.Grains.Channels;

/// <summary>
/// The JD open-platform (JOS) app, from <c>OrderActors:Channels:Jd</c>: <c>GatewayUrl</c>
/// (<c>https://api.jd.com/routerjson</c> in production), <c>TokenUrl</c>
/// (<c>https://open-oauth.jd.com/oauth2/refresh_token</c>), <c>AppKey</c>, and <c>AppSecret</c> from the environment.
/// </summary>
public sealed class JdOptions : PlatformAppOptions
{
    public const string Section = "OrderActors:Channels:Jd";
}
