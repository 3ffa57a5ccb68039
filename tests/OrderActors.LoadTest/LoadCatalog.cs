using System.Net.Http.Json;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.LoadTest;

/// <summary>
/// The warehouses, SKUs and stock of one run, defined through the public API in the setup phase.
/// SKU codes carry the run id, so a run's stock cells, journal rows and orders are its own and the
/// audit looks at nothing else; warehouses are shared by runs (defining one again changes nothing).
/// </summary>
public sealed class LoadCatalog
{
    public const int MaxWarehouses = 5;

    /// <summary>Shop of every order the load places.</summary>
    public const string Shop = "load";

    private static readonly (string Code, string Name, string Province, string City)[] Places =
    [
        ("LW-SH", "Load Shanghai DC", "Shanghai", "上海"),
        ("LW-GZ", "Load Guangzhou DC", "Guangdong", "广州"),
        ("LW-HZ", "Load Hangzhou DC", "Zhejiang", "杭州"),
        ("LW-BJ", "Load Beijing DC", "Beijing", "北京"),
        ("LW-CD", "Load Chengdu DC", "Sichuan", "成都"),
    ];

    private readonly LoadProfile _profile;
    private long _sequence;

    public LoadCatalog(LoadProfile profile, string? runId = null)
    {
        _profile = profile;
        RunId = runId ?? Guid.NewGuid().ToString("N")[..8];
        Warehouses = [.. Places.Take(profile.Warehouses).Select(p => p.Code)];
        Skus = [.. Enumerable.Range(0, profile.Skus.Count).Select(i => $"{SkuPrefix}{i:D4}")];
    }

    public string RunId { get; }

    /// <summary>Every SKU of the run starts with this; stock cell keys too (<c>{sku}@{warehouse}</c>).</summary>
    public string SkuPrefix => $"LT{RunId}-";

    public IReadOnlyList<string> Warehouses { get; }

    public IReadOnlyList<string> Skus { get; }

    /// <summary>Defines the warehouses, the SKUs and their stock in every warehouse over HTTP.</summary>
    public async Task Setup(HttpClient http, CancellationToken cancellationToken)
    {
        foreach (var place in Places.Take(Warehouses.Count))
        {
            using var response = await http.PutAsJsonAsync($"/api/warehouses/{place.Code}", new { name = place.Name, province = place.Province, city = place.City }, cancellationToken);
            await EnsureSuccess(response, $"warehouse {place.Code}", cancellationToken);
        }

        await Parallel.ForEachAsync(Skus, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (sku, ct) =>
        {
            using (var response = await http.PutAsJsonAsync($"/api/skus/{sku}", new { name = $"Load test product {sku}", weightGrams = 500 }, ct))
            {
                await EnsureSuccess(response, $"SKU {sku}", ct);
            }

            foreach (var warehouse in Warehouses)
            {
                using var response = await http.PutAsJsonAsync($"/api/inventory/{sku}/{warehouse}", new { onHand = _profile.OnHandPerCell, safetyStock = 0 }, ct);
                await EnsureSuccess(response, $"stock of {sku} in {warehouse}", ct);
            }
        });
    }

    /// <summary>A new order: own-store (web) or, for a backlog, the marketplace's; lines on SKUs picked with the profile's skew.</summary>
    public LoadOrder NextOrder(Random random, string channel = "web")
    {
        var n = Interlocked.Increment(ref _sequence);
        var externalId = channel == "web" ? $"{RunId}-{n}" : $"{RunId}-m{n}";
        if (!OrderId.TryCreate(channel, Shop, externalId, out var id, out var error))
        {
            throw new InvalidOperationException(error);
        }

        var lineCount = random.Next(1, _profile.MaxLinesPerOrder + 1);
        var lines = new List<(string, int)>(lineCount);
        while (lines.Count < lineCount)
        {
            var sku = NextSku(random);
            if (!lines.Exists(l => l.Item1 == sku))
            {
                lines.Add((sku, random.Next(1, 3)));
            }
        }

        var place = Places[random.Next(Warehouses.Count)];
        return new LoadOrder(id.Value.ToString(), channel, Shop, externalId, lines, new LoadAddress(place.Province, place.City), random.NextDouble() < _profile.BackorderShare);
    }

    public string NextSku(Random random)
    {
        var spread = _profile.Skus;
        if (spread.Hot > 0 && (spread.Hot == spread.Count || random.NextDouble() < spread.HotShare))
        {
            return Skus[random.Next(spread.Hot)];
        }

        return Skus[random.Next(spread.Hot, spread.Count)];
    }

    public string NextWarehouse(Random random) => Warehouses[random.Next(Warehouses.Count)];

    private static async Task EnsureSuccess(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Setup of {what} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
