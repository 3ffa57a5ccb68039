namespace OrderActors.Simulators.Carriers;

/// <summary>The simulated carriers' accounts (one per carrier), the push target and the autopilot.</summary>
public sealed class CarrierSimulatorOptions : SimulatorOptions
{
    public string SfPartnerId { get; set; } = "sim-sf";

    public string SfCheckWord { get; set; } = "sim-sf-checkword";

    public string ZtoAppKey { get; set; } = "sim-zto";

    public string ZtoAppSecret { get; set; } = "sim-zto-secret";

    public string YundaAppKey { get; set; } = "sim-yunda";

    public string YundaAppSecret { get; set; } = "sim-yunda-secret";

    /// <summary>The OMS's base URL for pushes (<c>/api/carriers/sf/routes</c>, <c>/api/carriers/snapshots</c>); null: no pushes.</summary>
    public Uri? PushTo { get; set; }

    /// <summary>The salt the aggregator-style snapshot pushes are signed with.</summary>
    public string SnapshotSalt { get; set; } = "sim-snapshot-salt";

    /// <summary>Moves every issued waybill a step (picked up, in transit, out for delivery, delivered) each <see cref="StepDelay"/>.</summary>
    public bool Autopilot { get; set; }

    public TimeSpan StepDelay { get; set; } = TimeSpan.FromSeconds(20);
}
