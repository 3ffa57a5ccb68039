namespace OrderActors.ClientApi.Tracking;

/// <summary>The public tracking endpoints (section <c>OrderActors:Tracking</c>).</summary>
public sealed class PublicTrackingOptions
{
    public const string Section = "OrderActors:Tracking";

    /// <summary>Requests one client IP may make to the public tracking endpoints per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Where customers reach the page (e.g. https://track.example.com); the request's own scheme and host when empty.</summary>
    public Uri? PublicBaseUrl { get; set; }
}
