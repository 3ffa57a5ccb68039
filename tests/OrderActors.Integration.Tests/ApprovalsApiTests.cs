using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderActors.Integration.Tests;

/// <summary>The approval chain over HTTP: rules, the queue, and approver decisions, against PostgreSQL.</summary>
[Collection(SystemCollection.Name)]
public sealed class ApprovalsApiTests(SystemFixture system)
{
    private HttpClient Http => system.Http;

    [Fact]
    public async Task Bad_rules_and_bad_decisions_are_problems_with_the_reason_and_change_nothing()
    {
        var before = await Http.GetFromJsonAsync<JsonElement>("/api/approvals/rules");

        var noActor = await Http.PutAsJsonAsync("/api/approvals/rules", new { rules = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, noActor.StatusCode);
        Assert.Contains("actor", (await noActor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));

        var negative = await Http.PutAsJsonAsync("/api/approvals/rules", new
        {
            rules = new[] { new { name = "x", minOrderValueFen = -1 } },
            actor = "ops",
            reason = "test",
        });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("must not be negative", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var misspelt = await Http.PutAsJsonAsync("/api/approvals/rules", new
        {
            rules = new[] { new { name = "x", channel = "taobo", warehouse = "WH-NOWHERE" } },
            actor = "ops",
            reason = "test",
        });
        Assert.Equal(HttpStatusCode.BadRequest, misspelt.StatusCode);
        var fields = (await misspelt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["rules[0].channel", "rules[0].warehouse"], fields);

        Assert.Equal(HttpStatusCode.BadRequest, (await Http.GetAsync("/api/approvals?status=maybe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.PostAsJsonAsync("/api/approvals/not-an-order/approve", new { approver = "x" })).StatusCode);
        Assert.Equal(before.GetProperty("version").GetInt32(), (await Http.GetFromJsonAsync<JsonElement>("/api/approvals/rules")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_held_shipment_is_listed_refused_to_the_wrong_approver_and_ships_when_approved()
    {
        var put = await Http.PutAsJsonAsync("/api/approvals/rules", new
        {
            rules = new[] { new { name = "gold", warehouse = "WH-SH", minOrderValueFen = 90_000_000L, approvers = new[] { "Wang Fang" } } },
            actor = "ops",
            reason = "peak season",
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        try
        {
            var key = OrderRequests.NewKey();
            var order = new
            {
                shop = "flagship",
                lines = new[] { new { sku = "TEA-1", quantity = 1, unitPriceFen = 99_000_000L } },
                address = new { recipient = "Han Meimei", phone = "13900139000", province = "上海", city = "上海", district = "Xuhui", detail = "1 Test Rd" },
            };
            (await Http.Submit(order, key)).EnsureSuccessStatusCode();
            var id = Uri.EscapeDataString($"web:flagship:{key}");
            (await Http.PostAsJsonAsync($"/api/orders/{id}/outbound-scan", new { scanId = "s-1", @operator = "packer" })).EnsureSuccessStatusCode();
            var held = await Http.PostAsJsonAsync($"/api/orders/{id}/waybill", new { carrier = "SF", waybillNumber = "SF1000000001" });
            var heldOrder = await held.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Outbound", heldOrder.GetProperty("status").GetString());
            Assert.Equal("Pending", heldOrder.GetProperty("fulfilment").GetProperty("approval").GetProperty("status").GetString());

            var queue = await Http.GetFromJsonAsync<JsonElement>("/api/approvals?warehouse=WH-SH");
            Assert.Contains(queue.EnumerateArray(), a => a.GetProperty("orderId").GetString() == $"web:flagship:{key}" && a.GetProperty("rule").GetString() == "gold");

            Assert.Equal(HttpStatusCode.BadRequest, (await Http.PostAsJsonAsync($"/api/approvals/{id}/reject", new { approver = "Wang Fang" })).StatusCode);
            var wrong = await Http.PostAsJsonAsync($"/api/approvals/{id}/approve", new { approver = "Li Lei" });
            Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
            Assert.Equal("urn:orderactors:problem:NotAnApprover", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());

            var approved = await Http.PostAsJsonAsync($"/api/approvals/{id}/approve", new { approver = "Wang Fang", comment = "checked" });
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            Assert.Equal("Shipped", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
            var done = await Http.GetFromJsonAsync<JsonElement>("/api/approvals?status=approved&limit=1000");
            Assert.Contains(done.EnumerateArray(), a => a.GetProperty("orderId").GetString() == $"web:flagship:{key}" && a.GetProperty("decidedBy").GetString() == "Wang Fang");
        }
        finally
        {
            (await Http.PutAsJsonAsync("/api/approvals/rules", new { rules = Array.Empty<object>(), actor = "ops", reason = "test over" })).EnsureSuccessStatusCode();
        }
    }
}
