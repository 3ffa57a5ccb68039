using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Domain.Tests.Channels;

public sealed class SeenDeliveriesTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1709265600);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_delivery_not_remembered_is_new_and_remembering_it_makes_a_retry_a_duplicate()
    {
        var seen = SeenDeliveries.Empty;

        Assert.Equal(DeliveryCheck.New, seen.Check("d-1", "digest-a"));
        seen = seen.Remember(new SeenDelivery("d-1", "digest-a", Now));

        Assert.Equal(DeliveryCheck.Duplicate, seen.Check("d-1", "digest-a"));
        Assert.Equal(DeliveryCheck.New, seen.Check("d-2", "digest-a"));
    }

    [Fact]
    public void The_same_delivery_id_with_another_body_is_a_conflict()
    {
        var seen = SeenDeliveries.Empty.Remember(new SeenDelivery("d-1", "digest-a", Now));

        Assert.Equal(DeliveryCheck.Conflict, seen.Check("d-1", "digest-b"));
    }

    [Fact]
    public void Checking_does_not_remember_so_a_failed_apply_can_be_retried_under_the_same_id()
    {
        var seen = SeenDeliveries.Empty;

        seen.Check("d-1", "digest-a");

        Assert.Equal(0, seen.Count);
        Assert.Equal(DeliveryCheck.New, seen.Check("d-1", "digest-b"));
    }

    [Fact]
    public void An_entry_is_forgotten_once_its_signed_time_is_older_than_the_tolerance()
    {
        var seen = SeenDeliveries.Empty
            .Remember(new SeenDelivery("old", "x", Now.AddMinutes(-5).AddSeconds(-1)))
            .Remember(new SeenDelivery("edge", "x", Now.AddMinutes(-5)))
            .Remember(new SeenDelivery("future", "x", Now.AddMinutes(4)));

        var kept = seen.Forget(Now, Tolerance, capacity: 100);

        Assert.False(kept.Contains("old"));
        Assert.True(kept.Contains("edge"));
        Assert.True(kept.Contains("future"));
        Assert.Equal(3, seen.Count);
    }

    [Fact]
    public void Above_the_capacity_the_oldest_signed_entries_go_first()
    {
        var seen = SeenDeliveries.Empty;
        for (var i = 0; i < 10; i++)
        {
            seen = seen.Remember(new SeenDelivery($"d-{i}", "x", Now.AddSeconds(-i)));
        }

        var kept = seen.Forget(Now, Tolerance, capacity: 4);

        Assert.Equal(4, kept.Count);
        Assert.Equal(["d-0", "d-1", "d-2", "d-3"], kept.Entries.Select(e => e.DeliveryId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nothing_to_forget_returns_the_same_set()
    {
        var seen = SeenDeliveries.Empty.Remember(new SeenDelivery("d-1", "x", Now));

        Assert.Same(seen, seen.Forget(Now, Tolerance, capacity: 10));
    }

    [Fact]
    public void The_set_round_trips_through_its_entries()
    {
        var seen = SeenDeliveries.Empty
            .Remember(new SeenDelivery("d-1", "a", Now))
            .Remember(new SeenDelivery("d-2", "b", Now.AddSeconds(1)));

        var copy = SeenDeliveries.From(seen.Entries);

        Assert.Equal(DeliveryCheck.Duplicate, copy.Check("d-1", "a"));
        Assert.Equal(DeliveryCheck.Conflict, copy.Check("d-2", "a"));
        Assert.Equal(2, copy.Count);
    }

    [Fact]
    public void The_body_digest_is_the_base64_sha256_of_the_raw_bytes() =>
        // printf '{}' | openssl dgst -sha256 -binary | base64
        Assert.Equal("RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=", WebhookSignature.BodyDigest("{}"u8));
}
