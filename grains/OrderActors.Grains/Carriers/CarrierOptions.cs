namespace OrderActors.Grains.Carriers;

/// <summary>Carriers, from <c>OrderActors:Carriers</c>: an account per carrier, the default carrier, polling and push settings.</summary>
public sealed class CarrierOptions
{
    public const string Section = "OrderActors:Carriers";

    /// <summary>The carrier of a warehouse that names none ("SF", "ZTO" or "YUNDA").</summary>
    public string DefaultCarrier { get; set; } = "SF";

    public CarrierAccountOptions Sf { get; set; } = new();

    public CarrierAccountOptions Zto { get; set; } = new();

    public CarrierAccountOptions Yunda { get; set; } = new();

    /// <summary>How long a parcel may go without a push before its grain polls the carrier's route query.</summary>
    public TimeSpan PollAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often the poll reminder looks (Orleans reminders tick at most once a minute).</summary>
    public TimeSpan PollCheckEvery { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How far an SF push's timestamp may be from now (replay window).</summary>
    public TimeSpan PushTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The aggregator subscription's salt that signs its snapshot pushes; from the environment. No salt, no snapshot pushes.</summary>
    public string? SnapshotSalt { get; set; }
}
