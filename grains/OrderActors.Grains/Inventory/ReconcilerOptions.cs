namespace OrderActors.Grains.Inventory;

/// <summary>Reservation reconciler settings, from "OrderActors:Reconciler".</summary>
public sealed class ReconcilerOptions
{
    public const string Section = "OrderActors:Reconciler";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Reservations younger than this are left alone: an order that is being submitted reserves
    /// before it records itself, and must not lose its stock in between.
    /// </summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromMinutes(5);
}
