using OrderActors.Domain.Inventory;

namespace OrderActors.Domain.Tests.Inventory;

public sealed class StockLedgerTests
{
    private static StockLedger WithStock(int onHand, int safety = 0)
    {
        var ledger = new StockLedger();
        Assert.Equal(StockOutcome.Applied, ledger.SetStock(onHand, safety).Outcome);
        return ledger;
    }

    [Fact]
    public void Reserve_takes_from_available_and_refuses_beyond_it()
    {
        var ledger = WithStock(10, safety: 2);

        Assert.Equal(StockOutcome.Applied, ledger.Reserve("o1", 5).Outcome);
        var refused = ledger.Reserve("o2", 4);

        Assert.Equal(StockRefusal.InsufficientStock, refused.Refusal);
        Assert.Equal(3, refused.AvailableAfter);
        Assert.Equal((10, 5, 3), (ledger.OnHand, ledger.Reserved, ledger.Available));
    }

    [Fact]
    public void Reserve_is_idempotent_by_order_id_and_refuses_a_different_quantity_for_the_same_order()
    {
        var ledger = WithStock(10);
        ledger.Reserve("o1", 3);

        Assert.Equal(StockOutcome.AlreadyApplied, ledger.Reserve("o1", 3).Outcome);
        Assert.Equal(StockRefusal.ConflictingReservation, ledger.Reserve("o1", 4).Refusal);
        Assert.Equal(3, ledger.Reserved);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Non_positive_quantities_are_refused(int quantity)
    {
        var ledger = WithStock(10);
        Assert.Equal(StockRefusal.InvalidQuantity, ledger.Reserve("o1", quantity).Refusal);
        Assert.Equal(0, ledger.Reserved);
    }

    [Fact]
    public void Release_gives_stock_back_once()
    {
        var ledger = WithStock(10);
        ledger.Reserve("o1", 4);

        Assert.Equal(StockOutcome.Applied, ledger.Release("o1").Outcome);
        Assert.Equal(StockOutcome.AlreadyApplied, ledger.Release("o1").Outcome);
        Assert.Equal(10, ledger.Available);
    }

    [Fact]
    public void Deduct_moves_the_reservation_out_of_on_hand_once_and_a_later_release_is_refused()
    {
        var ledger = WithStock(10);
        ledger.Reserve("o1", 4);

        Assert.Equal(StockOutcome.Applied, ledger.Deduct("o1").Outcome);
        Assert.Equal(StockOutcome.AlreadyApplied, ledger.Deduct("o1").Outcome);
        Assert.Equal(StockRefusal.AlreadyDeducted, ledger.Release("o1").Refusal);
        Assert.Equal(StockOutcome.AlreadyApplied, ledger.Reserve("o1", 4).Outcome);
        Assert.Equal((6, 0, 6), (ledger.OnHand, ledger.Reserved, ledger.Available));
    }

    [Fact]
    public void Deducting_an_order_without_a_reservation_is_refused()
    {
        Assert.Equal(StockRefusal.NotReserved, WithStock(5).Deduct("nobody").Refusal);
    }

    [Fact]
    public void On_hand_cannot_be_set_below_what_is_reserved_or_negative()
    {
        var ledger = WithStock(10);
        ledger.Reserve("o1", 6);

        Assert.Equal(StockRefusal.BelowReserved, ledger.SetStock(5, 0).Refusal);
        Assert.Equal(StockRefusal.InvalidQuantity, ledger.SetStock(-1, 0).Refusal);
        Assert.Equal(StockRefusal.InvalidQuantity, ledger.SetStock(10, -1).Refusal);
        Assert.Equal(StockOutcome.AlreadyApplied, ledger.SetStock(10, 0).Outcome);
        Assert.Equal(10, ledger.OnHand);
    }

    [Fact]
    public void Safety_stock_above_free_stock_leaves_nothing_available_but_never_negative()
    {
        var ledger = WithStock(10);
        ledger.Reserve("o1", 8);
        ledger.SetStock(10, 5);

        Assert.Equal(0, ledger.Available);
        Assert.Equal(StockRefusal.InsufficientStock, ledger.Reserve("o2", 1).Refusal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2026)]
    public void Random_operations_never_oversell_and_reserved_always_equals_the_sum_of_reservations(int seed)
    {
        var random = new Random(seed);
        var ledger = WithStock(50, safety: 5);
        for (var step = 0; step < 5_000; step++)
        {
            var order = $"o{random.Next(200)}";
            _ = random.Next(6) switch
            {
                0 or 1 => ledger.Reserve(order, random.Next(-1, 8)),
                2 => ledger.Release(order),
                3 => ledger.Deduct(order),
                4 => ledger.SetStock(random.Next(0, 80), random.Next(0, 10)),
                _ => ledger.Reserve(order, 1),
            };

            Assert.True(ledger.OnHand >= 0);
            Assert.True(ledger.Reserved <= ledger.OnHand, $"step {step}: reserved {ledger.Reserved} > on hand {ledger.OnHand}");
            Assert.Equal(ledger.Reservations.Values.Sum(), ledger.Reserved);
            Assert.True(ledger.Available >= 0);
        }
    }
}

public sealed class StockLedgerFreezeTests
{
    [Fact]
    public void An_operator_freeze_refuses_new_reservations_keeps_existing_ones_and_is_idempotent()
    {
        var ledger = new StockLedger();
        ledger.SetStock(10, 0);
        ledger.Reserve("o1", 2);

        Assert.Equal(StockOutcome.Applied, ledger.SetFrozen(true).Outcome);
        Assert.Equal(StockOutcome.AlreadyApplied, ledger.SetFrozen(true).Outcome);
        Assert.Equal(StockRefusal.Frozen, ledger.Reserve("o2", 1).Refusal);
        Assert.Equal(StockOutcome.AlreadyApplied, ledger.Reserve("o1", 2).Outcome);
        Assert.Equal(StockOutcome.Applied, ledger.Release("o1").Outcome);

        ledger.SetFrozen(false);
        Assert.Equal(StockOutcome.Applied, ledger.Reserve("o2", 1).Outcome);
    }

    [Fact]
    public void Reaching_safety_stock_freezes_the_cell_and_replenishing_unfreezes_it()
    {
        var ledger = new StockLedger();
        ledger.SetStock(10, 3);
        Assert.False(ledger.Frozen);

        ledger.Reserve("o1", 7);
        Assert.True(ledger.AtSafetyStock);
        Assert.True(ledger.Frozen);
        Assert.Equal(StockRefusal.InsufficientStock, ledger.Reserve("o2", 1).Refusal);

        ledger.SetStock(20, 3);
        Assert.False(ledger.Frozen);
    }
}
