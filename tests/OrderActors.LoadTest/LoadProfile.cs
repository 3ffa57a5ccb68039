using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderActors.LoadTest;

/// <summary>
/// A load profile, read from a JSON file under profiles/: the target rate over time (phases), the mix of
/// operations, how orders spread over SKUs (hot-SKU skew), marketplace backlogs pulled at once (bursts),
/// and the catalog the setup phase defines so that a run is self-contained.
/// </summary>
public sealed record LoadProfile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public string Name { get; init; } = "unnamed";

    public string Description { get; init; } = "";

    /// <summary>Back to back; each starts from the previous phase's rate and reaches its own within <see cref="LoadPhase.RampSeconds"/>.</summary>
    public IReadOnlyList<LoadPhase> Phases { get; init; } = [];

    public OperationMix Mix { get; init; } = new();

    public SkuSpread Skus { get; init; } = new();

    /// <summary>Warehouses the setup defines (at most <see cref="LoadCatalog.MaxWarehouses"/>).</summary>
    public int Warehouses { get; init; } = 3;

    /// <summary>Units each SKU gets in each warehouse at setup.</summary>
    public int OnHandPerCell { get; init; } = 100_000;

    /// <summary>Share of submits that ask to be backordered rather than refused when stock runs out.</summary>
    public double BackorderShare { get; init; }

    /// <summary>Lines per order: 1 to this many (distinct SKUs).</summary>
    public int MaxLinesPerOrder { get; init; } = 1;

    /// <summary>Marketplace backlogs: at a second of the run, this many orders all intended for the same instant.</summary>
    public IReadOnlyList<ChannelBurst> Bursts { get; init; } = [];

    /// <summary>Requests in flight at most; later ones wait, and their wait counts in their latency (intended start).</summary>
    public int MaxInFlight { get; init; } = 2048;

    public double TotalSeconds => Phases.Sum(p => p.Seconds);

    public static LoadProfile Load(string path) =>
        JsonSerializer.Deserialize<LoadProfile>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty profile.");

    /// <summary>The same profile with every rate and burst multiplied by <paramref name="rate"/> and every duration by <paramref name="time"/>.</summary>
    public LoadProfile Scaled(double rate, double time) => this with
    {
        Phases = [.. Phases.Select(p => p with { Rate = p.Rate * rate, Seconds = p.Seconds * time, RampSeconds = p.RampSeconds * time })],
        Bursts = [.. Bursts.Select(b => b with { Orders = Math.Max(1, (int)(b.Orders * rate)), AtSecond = b.AtSecond * time })],
    };

    /// <summary>Checks what would make a run meaningless; returns the problems.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Phases.Count == 0)
        {
            errors.Add("at least one phase is needed");
        }

        if (Phases.Any(p => p.Seconds <= 0 || p.Rate < 0 || p.RampSeconds < 0 || p.RampSeconds > p.Seconds))
        {
            errors.Add("a phase needs seconds > 0, rate >= 0 and 0 <= rampSeconds <= seconds");
        }

        if (Warehouses is < 1 or > LoadCatalog.MaxWarehouses)
        {
            errors.Add($"warehouses must be 1-{LoadCatalog.MaxWarehouses}");
        }

        if (Skus.Count < 1 || Skus.Hot < 0 || Skus.Hot > Skus.Count || Skus.HotShare is < 0 or > 1)
        {
            errors.Add("skus: count >= 1, 0 <= hot <= count, 0 <= hotShare <= 1");
        }

        if (MaxLinesPerOrder < 1 || MaxLinesPerOrder > Skus.Count)
        {
            errors.Add("maxLinesPerOrder must be 1..skus.count");
        }

        if (Mix.Total <= 0)
        {
            errors.Add("the mix needs a positive weight");
        }

        return errors;
    }

    /// <summary>The target rate (operations per second) at <paramref name="second"/> into the run.</summary>
    public double RateAt(double second)
    {
        var start = 0.0;
        var previous = Phases.Count > 0 ? Phases[0].Rate : 0;
        foreach (var phase in Phases)
        {
            if (second < start + phase.Seconds)
            {
                var into = second - start;
                return phase.RampSeconds > 0 && into < phase.RampSeconds
                    ? previous + ((phase.Rate - previous) * into / phase.RampSeconds)
                    : phase.Rate;
            }

            start += phase.Seconds;
            previous = phase.Rate;
        }

        return 0;
    }
}

/// <param name="RampSeconds">Seconds to go linearly from the previous phase's rate to this one (0: a step).</param>
public sealed record LoadPhase(string Name, double Seconds, double Rate, double RampSeconds = 0);

/// <summary>Relative weights of the operations (they need not add up to 1).</summary>
public sealed record OperationMix
{
    /// <summary>Own-store orders submitted over the API with an idempotency key.</summary>
    public double Submit { get; init; } = 1;

    /// <summary>Status queries of an order placed earlier in the run.</summary>
    public double Status { get; init; }

    /// <summary>Tracking-page reads of an order placed earlier in the run.</summary>
    public double Tracking { get; init; }

    /// <summary>A WMS stock adjustment: a goods receipt read and written back as the new on-hand count.</summary>
    public double StockAdjust { get; init; }

    public double Total => Submit + Status + Tracking + StockAdjust;
}

/// <summary>How orders pick SKUs: <see cref="HotShare"/> of the lines go to the first <see cref="Hot"/> SKUs, the rest spread evenly.</summary>
public sealed record SkuSpread
{
    public int Count { get; init; } = 100;

    public int Hot { get; init; }

    public double HotShare { get; init; }
}

/// <summary>A marketplace backlog pulled at once: <see cref="Orders"/> submits all intended for <see cref="AtSecond"/>.</summary>
public sealed record ChannelBurst(double AtSecond, int Orders, string Channel = "jd");
