using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderActors.Integration.Tests;

/// <summary>
/// The WMS event webhook against the whole system on real PostgreSQL: a signed event reaches its order
/// once; whatever is unsigned, stale, replayed, reused or not this warehouse's is refused with its reason
/// and leaves no trace; an event the order refuses is answered with the order's reason and kept for review,
/// where a person closes it or retries it once the order has caught up.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class WmsWebhookTests(SystemFixture system)
{
    private HttpClient Http => system.Http;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private Task<long> Recorded(string eventId) => system.Database.Scalar<long>($"select count(*) from wms_events where event_id = '{eventId}'");

    public static TheoryData<string, string> Unauthenticated() => new()
    {
        // case, the reason the problem must carry
        { "unsigned", "MalformedTimestamp" },
        { "another warehouse's secret", "SignatureMismatch" },
        { "body changed after signing", "SignatureMismatch" },
        { "signed ten minutes ago", "TimestampOutsideWindow" },
    };

    [Theory]
    [MemberData(nameof(Unauthenticated))]
    public async Task An_event_not_signed_by_the_warehouse_now_is_401_with_the_reason_and_changes_nothing(string kind, string reason)
    {
        var orderId = await Http.NewShanghaiOrder();
        var eventId = WmsEvents.NewEventId();
        var body = WmsEvents.Event(eventId, orderId, "picked").ToJsonString();
        var order = (await Http.Order(orderId)).ToString();
        var before = await system.Footprint();

        var response = kind switch
        {
            "unsigned" => await Http.SendWms(WmsEvents.Shanghai, body, signed: false),
            "another warehouse's secret" => await Http.SendWms(WmsEvents.Shanghai, body, secret: WmsEvents.GuangzhouSecret),
            "body changed after signing" => await Http.SendWms(WmsEvents.Shanghai, body, bodyOnTheWire: body.Replace("picked", "packed", StringComparison.Ordinal)),
            _ => await Http.SendWms(WmsEvents.Shanghai, body, signedAt: DateTimeOffset.UtcNow.AddMinutes(-10)),
        };

        await ProblemAssert.Refused(response, HttpStatusCode.Unauthorized, reason);
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(0, await Recorded(eventId));
        Assert.Equal(order, (await Http.Order(orderId)).ToString());
    }

    [Fact]
    public async Task A_signed_event_is_applied_and_recorded_and_a_replay_is_a_duplicate_with_the_first_outcome_that_changes_nothing()
    {
        var orderId = await Http.NewShanghaiOrder();
        var e = WmsEvents.Event(WmsEvents.NewEventId(), orderId, "picked");

        var first = await Http.SendWms(WmsEvents.Shanghai, e);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = await Json(first);
        Assert.Equal(("applied", orderId), (answer.GetProperty("outcome").GetString(), answer.GetProperty("orderId").GetString()));
        Assert.Equal(1, await system.Database.Scalar<long>(
            $"select count(*) from wms_events where event_id = '{e["eventId"]}' and warehouse = 'WH-SH' and order_id = '{orderId}' and kind = 'picked' and outcome = 'applied' and operator = 'picker-07' and device = 'RF-12'"));

        // The WMS did not see the answer and sends the same event again, signed anew: nothing changes.
        var order = (await Http.Order(orderId)).ToString();
        var before = await system.Footprint();
        var replay = await Http.SendWms(WmsEvents.Shanghai, e);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var again = await Json(replay);
        Assert.Equal(("duplicate", "applied"), (again.GetProperty("outcome").GetString(), again.GetProperty("firstOutcome").GetString()));
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(order, (await Http.Order(orderId)).ToString());
        Assert.Equal(1, await Recorded(e["eventId"]!.ToString()));
    }

    [Fact]
    public async Task An_event_id_reused_with_another_body_is_409_EventIdReused_and_changes_nothing()
    {
        var orderId = await Http.NewShanghaiOrder();
        var eventId = WmsEvents.NewEventId();
        (await Http.SendWms(WmsEvents.Shanghai, WmsEvents.Event(eventId, orderId, "picked"))).EnsureSuccessStatusCode();
        var order = (await Http.Order(orderId)).ToString();
        var before = await system.Footprint();

        var reused = await Http.SendWms(WmsEvents.Shanghai, WmsEvents.Event(eventId, orderId, "packed"));

        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Equal("EventIdReused", (await Json(reused)).GetProperty("reason").GetString());
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(order, (await Http.Order(orderId)).ToString());
        Assert.Equal(1, await system.Database.Scalar<long>($"select count(*) from wms_events where event_id = '{eventId}' and kind = 'picked'"));
    }

    [Fact]
    public async Task An_event_for_an_order_that_does_not_exist_is_422_UnknownOrder_and_not_remembered()
    {
        var eventId = WmsEvents.NewEventId();
        var before = await system.Footprint();

        var response = await Http.SendWms(WmsEvents.Shanghai, WmsEvents.Event(eventId, $"web:flagship:{OrderRequests.NewKey()}", "picked"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Json(response);
        Assert.Equal("UnknownOrder", problem.GetProperty("reason").GetString());
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(0, await Recorded(eventId));
    }

    [Fact]
    public async Task An_event_from_a_warehouse_the_order_is_not_allocated_to_is_422_WrongWarehouse_and_changes_nothing()
    {
        var orderId = await Http.NewShanghaiOrder();
        var eventId = WmsEvents.NewEventId();
        var order = (await Http.Order(orderId)).ToString();
        var before = await system.Footprint();

        // Correctly signed by Guangzhou, about Shanghai's order.
        var response = await Http.SendWms(WmsEvents.Guangzhou, WmsEvents.Event(eventId, orderId, "outbound_scan"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Json(response);
        Assert.Equal("WrongWarehouse", problem.GetProperty("reason").GetString());
        Assert.Contains("WH-SH", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(order, (await Http.Order(orderId)).ToString());
        Assert.Equal(0, await Recorded(eventId));
    }

    [Fact]
    public async Task A_scan_for_a_cancelled_order_is_409_with_the_orders_reason_kept_for_review_and_closed_by_a_person()
    {
        var orderId = await Http.NewShanghaiOrder();
        (await Http.PostAsJsonAsync($"/api/orders/{orderId}/cancel", new { reason = "buyer changed their mind", actor = "service" })).EnsureSuccessStatusCode();
        var cancelled = (await Http.Order(orderId)).ToString();
        var e = WmsEvents.Event(WmsEvents.NewEventId(), orderId, "outbound_scan");

        var refused = await Http.SendWms(WmsEvents.Shanghai, e);

        var problem = await ProblemAssert.Refused(refused, HttpStatusCode.Conflict, "OrderClosed");
        Assert.Equal("Cancelled", problem.GetProperty("orderStatus").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        var reviewId = problem.GetProperty("reviewId").GetInt64();
        Assert.Equal(cancelled, (await Http.Order(orderId)).ToString());

        var open = await Http.GetFromJsonAsync<JsonElement>("/api/wms/reviews?warehouse=WH-SH&open=true");
        var review = Assert.Single(open.EnumerateArray(), r => r.GetProperty("id").GetInt64() == reviewId);
        Assert.Equal((orderId, "OrderClosed", "OutboundScan"), (review.GetProperty("orderId").GetString(), review.GetProperty("rejection").GetString(), review.GetProperty("kind").GetString()));
        Assert.DoesNotContain((await Http.GetFromJsonAsync<JsonElement>("/api/wms/reviews?warehouse=WH-GZ&open=true")).EnumerateArray(), r => r.GetProperty("id").GetInt64() == reviewId);

        // The WMS sends it again: the same refusal, the same review, nothing new.
        var repeat = await Http.SendWms(WmsEvents.Shanghai, e);
        Assert.Equal(HttpStatusCode.Conflict, repeat.StatusCode);
        var repeated = await Json(repeat);
        Assert.Equal((reviewId, true, "OrderClosed"), (repeated.GetProperty("reviewId").GetInt64(), repeated.GetProperty("duplicate").GetBoolean(), repeated.GetProperty("reason").GetString()));
        Assert.Equal(1, await system.Database.Scalar<long>($"select count(*) from wms_event_reviews where event_id = '{e["eventId"]}'"));

        var resolved = await Http.PostAsJsonAsync($"/api/wms/reviews/{reviewId}/resolve", new { actor = "ops-lee", note = "parcel put back on the shelf" });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var closed = await Json(resolved);
        Assert.Equal(("resolved", "ops-lee", "parcel put back on the shelf"), (closed.GetProperty("resolution").GetString(), closed.GetProperty("closedBy").GetString(), closed.GetProperty("note").GetString()));
        Assert.DoesNotContain((await Http.GetFromJsonAsync<JsonElement>("/api/wms/reviews?warehouse=WH-SH&open=true")).EnumerateArray(), r => r.GetProperty("id").GetInt64() == reviewId);
        Assert.Contains((await Http.GetFromJsonAsync<JsonElement>("/api/wms/reviews?warehouse=WH-SH&open=false")).EnumerateArray(), r => r.GetProperty("id").GetInt64() == reviewId);

        var again = await Http.PostAsJsonAsync($"/api/wms/reviews/{reviewId}/resolve", new { actor = "ops-wang", note = "again" });
        var retryClosed = await Http.PostAsJsonAsync($"/api/wms/reviews/{reviewId}/retry", new { actor = "ops-wang" });
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (again.StatusCode, retryClosed.StatusCode));
        Assert.Equal("ReviewClosed", (await Json(again)).GetProperty("reason").GetString());
        Assert.Equal(cancelled, (await Http.Order(orderId)).ToString());
    }

    [Fact]
    public async Task An_event_that_came_before_the_order_could_take_it_is_kept_for_review_and_a_retry_after_the_order_caught_up_applies_it()
    {
        // Reserved in Shanghai at checkout, but not paid: the warehouse must not work on it yet.
        var orderId = await Http.NewShanghaiOrder(awaitingPayment: true);
        var e = WmsEvents.Event(WmsEvents.NewEventId(), orderId, "picked");
        var early = await Http.SendWms(WmsEvents.Shanghai, e);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var problem = await Json(early);
        Assert.Equal("Created", problem.GetProperty("orderStatus").GetString());
        var reviewId = problem.GetProperty("reviewId").GetInt64();

        var tooSoon = await Http.PostAsJsonAsync($"/api/wms/reviews/{reviewId}/retry", new { actor = "ops-lee" });
        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.Equal(problem.GetProperty("reason").GetString(), (await Json(tooSoon)).GetProperty("reason").GetString());
        Assert.Equal(1, (await Http.GetFromJsonAsync<JsonElement>($"/api/wms/reviews/{reviewId}")).GetProperty("attempts").GetInt32());

        (await Http.PostAsJsonAsync($"/api/orders/{orderId}/pay", new { })).EnsureSuccessStatusCode();
        var retried = await Http.PostAsJsonAsync($"/api/wms/reviews/{reviewId}/retry", new { actor = "ops-lee", note = "paid now" });

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var review = await Json(retried);
        Assert.Equal(("applied", "ops-lee", 2), (review.GetProperty("resolution").GetString(), review.GetProperty("closedBy").GetString(), review.GetProperty("attempts").GetInt32()));
        Assert.Equal(1, await system.Database.Scalar<long>($"select count(*) from wms_events where event_id = '{e["eventId"]}' and outcome = 'applied'"));

        // A late resend of the original event now answers what it came to, and applies nothing again.
        var before = await system.Footprint();
        var resend = await Http.SendWms(WmsEvents.Shanghai, e);
        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        var answer = await Json(resend);
        Assert.Equal(("duplicate", "applied"), (answer.GetProperty("outcome").GetString(), answer.GetProperty("firstOutcome").GetString()));
        Assert.Equal(before, await system.Footprint());
    }

    [Fact]
    public async Task A_signed_event_with_an_unknown_type_a_time_without_offset_or_in_the_future_is_422_by_field_and_a_non_object_is_400()
    {
        var orderId = await Http.NewShanghaiOrder();
        var badType = WmsEvents.Event(WmsEvents.NewEventId(), orderId, "shipped");
        badType["at"] = "2026-11-11T09:30:00";
        badType.Remove("operator");
        var future = WmsEvents.Event(WmsEvents.NewEventId(), orderId, "picked", at: DateTimeOffset.UtcNow.AddHours(1));
        var before = await system.Footprint();

        var invalid = await Http.SendWms(WmsEvents.Shanghai, badType);
        var ahead = await Http.SendWms(WmsEvents.Shanghai, future);
        var array = await Http.SendWms(WmsEvents.Shanghai, "[1,2]");
        var notJson = await Http.SendWms(WmsEvents.Shanghai, "{\"eventId\":");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal(["at", "operator", "type"], (await Json(invalid)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ahead.StatusCode);
        Assert.Equal(["at"], (await Json(ahead)).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (array.StatusCode, notJson.StatusCode));
        Assert.Equal("MalformedBody", (await Json(notJson)).GetProperty("reason").GetString());
        Assert.Equal(before, await system.Footprint());
    }

    [Fact]
    public async Task A_warehouse_without_a_secret_is_404_and_a_body_over_16_KiB_is_413()
    {
        var unknown = await Http.SendWms("WH-XX", "{}", secret: WmsEvents.ShanghaiSecret);
        var huge = await Http.SendWms(WmsEvents.Shanghai, "{\"pad\":\"" + new string('x', 20 * 1024) + "\"}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }
}
