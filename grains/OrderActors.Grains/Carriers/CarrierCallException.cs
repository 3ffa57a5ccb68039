namespace OrderActors.Grains.Carriers;

/// <summary>A carrier call failed. <see cref="Retryable"/> is false when the carrier refused the request itself (bad address, unknown account).</summary>
internal sealed class CarrierCallException(string carrier, string code, string message, bool retryable, Exception? inner = null)
    : Exception($"{carrier} {code}: {message}", inner)
{
    public string Carrier { get; } = carrier;

    public string Code { get; } = code;

    public bool Retryable { get; } = retryable;
}
