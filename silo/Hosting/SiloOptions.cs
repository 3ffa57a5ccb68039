namespace OrderActors.Silo.Hosting;

/// <summary>Settings of one silo, from the "OrderActors:Silo" section or OrderActors__Silo__* variables.</summary>
public sealed class OrderActorsSiloOptions
{
    public const string Section = "OrderActors:Silo";

    /// <summary>Silos and clients with the same cluster id form one cluster.</summary>
    public string ClusterId { get; set; } = "orderactors-local";

    /// <summary>Stable across deployments: grain state and reminders are stored under it.</summary>
    public string ServiceId { get; set; } = "orderactors";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients reach this silo on.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}
