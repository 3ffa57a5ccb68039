using Microsoft.Extensions.Options;
using OrderActors.Domain.Alerts;

namespace OrderActors.Grains.Alerts;

/// <summary>The silence policy of each shop, parsed once from <see cref="SilenceOptions"/>: the default, or the shop's override.</summary>
public sealed class SilencePolicies
{
    private readonly Dictionary<string, SilencePolicy> _shops = new(StringComparer.OrdinalIgnoreCase);

    public SilencePolicies(IOptions<AlertOptions> options)
        : this(options?.Value.Silence ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <exception cref="OptionsValidationException">The options are invalid; the failures say which key and why.</exception>
    public SilencePolicies(SilenceOptions options)
    {
        var errors = new List<string>();
        Default = Build(options, errors, out var shops) ?? SilencePolicy.Default;
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(AlertOptions.Section, typeof(AlertOptions), errors);
        }

        foreach (var (key, policy) in shops)
        {
            _shops[key] = policy;
        }
    }

    /// <summary>The policy of shops without an override.</summary>
    public SilencePolicy Default { get; }

    /// <summary>The policy of one shop (channel code as in connector keys, e.g. <c>taobao</c>).</summary>
    public SilencePolicy For(string channel, string shop) =>
        _shops.TryGetValue(Key(channel, shop), out var policy) ? policy : Default;

    /// <summary>Every problem with <paramref name="options"/>, each naming its configuration key; empty when valid.</summary>
    internal static List<string> Validate(SilenceOptions options)
    {
        var errors = new List<string>();
        Build(options, errors, out _);
        return errors;
    }

    private static SilencePolicy? Build(SilenceOptions options, List<string> errors, out List<(string Key, SilencePolicy Policy)> shops)
    {
        ArgumentNullException.ThrowIfNull(options);
        shops = [];
        const string prefix = AlertOptions.Section + ":Silence";
        var defaults = Policy(prefix, options.Threshold, options.QuietHours, options.RepeatEvery, null, errors);
        if (defaults is null)
        {
            return null;
        }

        foreach (var (channel, byShop) in options.Shops)
        {
            foreach (var (shop, o) in byShop ?? [])
            {
                var policy = Policy($"{prefix}:Shops:{channel}:{shop}", o?.Threshold ?? defaults.Threshold, o?.QuietHours ?? [], o?.RepeatEvery, defaults, errors);
                if (policy is not null)
                {
                    shops.Add((Key(channel, shop), policy));
                }
            }
        }

        return defaults;
    }

    /// <param name="inherit">The defaults a shop override falls back to; null when building the defaults.</param>
    private static SilencePolicy? Policy(string prefix, TimeSpan threshold, List<string> quietHours, TimeSpan? repeatEvery, SilencePolicy? inherit, List<string> errors)
    {
        var count = errors.Count;
        if (threshold <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:Threshold must be positive (it is {threshold}).");
        }

        if (repeatEvery < TimeSpan.Zero)
        {
            errors.Add($"{prefix}:RepeatEvery must be positive, or zero for never (it is {repeatEvery}).");
        }

        QuietHours? hours = null;
        if (inherit is not null && quietHours.Count == 0)
        {
            hours = inherit.QuietHours;
        }
        else if (!QuietHours.TryParse(quietHours, out hours, out var error))
        {
            errors.Add($"{prefix}:QuietHours: {error}");
        }

        if (errors.Count > count)
        {
            return null;
        }

        // Unset inherits (the defaults have nothing to inherit: never); zero means never.
        var repeat = repeatEvery is null ? inherit?.RepeatEvery : repeatEvery == TimeSpan.Zero ? null : repeatEvery;
        return new SilencePolicy(threshold, hours, repeat);
    }

    private static string Key(string channel, string shop) => channel + "\n" + shop;
}
