namespace OrderActors.ClientApi.Hosting;

/// <summary>Which cluster to join, from "OrderActors:Cluster" (or OrderActors__Cluster__* variables).</summary>
public sealed class ClusterClientOptions
{
    public const string Section = "OrderActors:Cluster";

    public string ClusterId { get; set; } = "orderactors-local";

    public string ServiceId { get; set; } = "orderactors";
}
