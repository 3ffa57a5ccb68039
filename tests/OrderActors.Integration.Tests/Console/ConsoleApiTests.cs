using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderActors.Grains.Storage;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests.Console;

/// <summary>
/// The lists the console's channel health and inventory pages read (GET /api/channels, GET /api/skus), the overview's
/// validation, and what migration 0022 fills in from the state stored before it.
/// </summary>
public sealed class ConsoleApiTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    private HttpClient Http => system.Http;

    [Fact]
    public async Task Every_configured_shop_is_listed_with_its_health_and_a_channel_filter_narrows_the_list()
    {
        var expires = DateTimeOffset.UtcNow.AddDays(1);
        foreach (var (channel, shop) in new[] { ("jd", "list-jd"), ("taobao", "list-tb"), ("pdd", "list-pdd") })
        {
            (await Http.PutAsJsonAsync($"/api/channels/{channel}/{shop}", new { accessToken = "token", accessTokenExpiresAt = expires, enabled = false }))
                .EnsureSuccessStatusCode();
        }

        // Configuring again changes nothing on the list.
        (await Http.PutAsJsonAsync("/api/channels/jd/list-jd", new { accessToken = "token-2", accessTokenExpiresAt = expires, enabled = false })).EnsureSuccessStatusCode();

        var all = (await Http.GetFromJsonAsync<JsonElement[]>("/api/channels"))!;
        var listed = all.Select(h => (h.GetProperty("channel").GetString(), h.GetProperty("shop").GetString())).ToList();
        Assert.Equal([("jd", "list-jd"), ("pdd", "list-pdd"), ("taobao", "list-tb")], listed.Where(s => s.Item2!.StartsWith("list-", StringComparison.Ordinal)));
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var jd = all.Single(h => h.GetProperty("shop").GetString() == "list-jd");
        Assert.True(jd.GetProperty("configured").GetBoolean());
        Assert.Equal(expires.ToUnixTimeSeconds(), jd.GetProperty("accessTokenExpiresAt").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal(JsonValueKind.Null, jd.GetProperty("lastPullAt").ValueKind);

        var onlyJd = await Http.GetFromJsonAsync<JsonElement[]>("/api/channels?channel=JD");
        Assert.All(onlyJd!, h => Assert.Equal("jd", h.GetProperty("channel").GetString()));
        Assert.Contains(onlyJd!, h => h.GetProperty("shop").GetString() == "list-jd");

        var unknown = await Http.GetAsync("/api/channels?channel=ebay");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["channel"], await ErrorFields(unknown));
    }

    [Fact]
    public async Task Skus_are_listed_in_code_order_by_prefix_and_page_by_page()
    {
        foreach (var sku in new[] { "LST-C", "LST-A", "LST-B" })
        {
            (await Http.PutAsJsonAsync($"/api/skus/{sku}", new { name = $"Listed {sku}" })).EnsureSuccessStatusCode();
        }

        var all = await Http.GetFromJsonAsync<JsonElement>("/api/skus?prefix=LST-");
        Assert.Equal(["LST-A", "LST-B", "LST-C"], Codes(all));
        Assert.Equal("Listed LST-B", all.GetProperty("items")[1].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);

        var first = await Http.GetFromJsonAsync<JsonElement>("/api/skus?prefix=LST-&limit=2");
        Assert.Equal(["LST-A", "LST-B"], Codes(first));
        Assert.Equal("LST-B", first.GetProperty("next").GetString());
        var second = await Http.GetFromJsonAsync<JsonElement>("/api/skus?prefix=LST-&limit=2&after=LST-B");
        Assert.Equal(["LST-C"], Codes(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);

        // The seeded SKUs are on the unfiltered list, and a renamed SKU shows its new name.
        Assert.Superset(new HashSet<string> { "MUG-1", "TEA-1" }, Codes(await Http.GetFromJsonAsync<JsonElement>("/api/skus")).ToHashSet());
        (await Http.PutAsJsonAsync("/api/skus/LST-A", new { name = "Renamed" })).EnsureSuccessStatusCode();
        Assert.Equal("Renamed", (await Http.GetFromJsonAsync<JsonElement>("/api/skus?prefix=LST-A")).GetProperty("items")[0].GetProperty("name").GetString());

        // A SKU on the list without a name yet (listed from storage before the list existed) gets its name from its grain.
        Assert.Equal(1, await system.Database.Scalar<long>("with u as (update catalog_skus set name = null where sku = 'LST-C' returning 1) select count(*) from u"));
        Assert.Equal("Listed LST-C", (await Http.GetFromJsonAsync<JsonElement>("/api/skus?prefix=LST-C")).GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("prefix=bad%20sku", "prefix")]
    [InlineData("after=a%2Fb", "after")]
    public async Task A_sku_list_query_out_of_bounds_is_refused_with_the_field(string query, string field)
    {
        var response = await Http.GetAsync($"/api/skus?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await ErrorFields(response));
    }

    [Fact]
    public async Task Migration_0022_lists_the_shops_and_skus_stored_before_it_and_the_latest_status_of_every_order()
    {
        (await Http.PutAsJsonAsync("/api/skus/OLD-1", new { name = "Defined before the list" })).EnsureSuccessStatusCode();
        (await Http.PutAsJsonAsync("/api/channels/douyin/old-shop", new { accessToken = "token", accessTokenExpiresAt = DateTimeOffset.UtcNow.AddDays(3), enabled = false }))
            .EnsureSuccessStatusCode();
        (await Http.Submit(OrderRequests.Valid(), "mig-web-1")).EnsureSuccessStatusCode();
        await Eventually.Until(() => system.Database.Scalar<long>("select count(*) from order_status_events where order_id = 'web:flagship:mig-web-1'"), n => n == 2);

        // As a database before 0022: the lists empty. Applying its script again lists everything from the stored state.
        Assert.True(await system.Database.Scalar<long>("with d as (delete from catalog_skus returning 1), s as (delete from channel_shops returning 1) select count(*) from d") > 0);
        var script = DatabaseMigrator.Scripts.Single(s => s.Name.StartsWith("0022_", StringComparison.Ordinal)).Sql;
        await system.Database.Scalar<long>(script + "\nselect 1::bigint;");

        Assert.Contains("OLD-1", Codes(await Http.GetFromJsonAsync<JsonElement>("/api/skus?prefix=OLD-")));
        Assert.Equal("Defined before the list", (await Http.GetFromJsonAsync<JsonElement>("/api/skus?prefix=OLD-1")).GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Contains((await Http.GetFromJsonAsync<JsonElement[]>("/api/channels?channel=douyin"))!, h => h.GetProperty("shop").GetString() == "old-shop");
    }

    private static List<string> Codes(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("sku").GetString()!)];

    internal static async Task<List<string>> ErrorFields(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }
}
