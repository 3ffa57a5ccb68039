using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Fulfilment;

/// <summary>Checks <c>OrderActors:Wms</c> at start, so a short or missing secret fails the silo with the key at fault, not a warehouse's events later.</summary>
internal sealed class WmsOptionsValidator : IValidateOptions<WmsOptions>
{
    public ValidateOptionsResult Validate(string? name, WmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (code, warehouse) in options.Warehouses)
        {
            var key = $"{WmsOptions.Section}:Warehouses:{code}";
            if (!Codes.IsValidWarehouse(code))
            {
                errors.Add($"{key}: '{code}' is not a warehouse code.");
            }

            // Never the secret itself in the message: it ends up in logs.
            if (warehouse?.Secret is not { } secret || secret.Length is < WmsWebhook.MinSecretLength or > WebStoreWebhook.MaxSecretLength
                || secret.Any(c => c is <= ' ' or > '~'))
            {
                errors.Add($"{key}:Secret must be {WmsWebhook.MinSecretLength}-{WebStoreWebhook.MaxSecretLength} printable ASCII characters without spaces.");
            }
        }

        if (options.Tolerance <= TimeSpan.Zero || options.Tolerance > TimeSpan.FromHours(1))
        {
            errors.Add($"{WmsOptions.Section}:Tolerance must be more than 0 and at most 01:00:00 (it is {options.Tolerance}).");
        }

        if (options.FutureSkew < TimeSpan.Zero || options.FutureSkew > TimeSpan.FromHours(1))
        {
            errors.Add($"{WmsOptions.Section}:FutureSkew must be between 0 and 01:00:00 (it is {options.FutureSkew}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
