namespace OrderActors.GrainInterfaces.Channels;

/// <summary>Limits of an order import that the API enforces before the file reaches the cluster.</summary>
public static class OrderImportLimits
{
    /// <summary>The largest file, in bytes (10 MiB). The domain's reader has the same limit; a test keeps them equal.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;
}
