using OrderActors.Domain.Inventory;

namespace OrderActors.Domain.Tests.Inventory;

public sealed class StockLedgerReturnTests
{
    [Fact]
    public void Units_that_pass_qc_are_on_hand_and_available_at_once()
    {
        var ledger = new StockLedger();

        var d = ledger.ReturnToStock("web:s:1:R1#TEA", 3);

        Assert.Equal(StockOutcome.Applied, d.Outcome);
        Assert.Equal((3, 3, 0), (ledger.OnHand, ledger.Available, ledger.Damaged));
        Assert.Equal(StockOutcome.Applied, ledger.Reserve("next-order", 3).Outcome);
    }

    [Fact]
    public void Units_that_fail_qc_are_counted_as_damaged_and_never_available()
    {
        var ledger = new StockLedger();

        ledger.ReturnDamaged("web:s:1:R1#TEA", 2);

        Assert.Equal((0, 0, 2), (ledger.OnHand, ledger.Available, ledger.Damaged));
        Assert.Equal(StockRefusal.InsufficientStock, ledger.Reserve("next-order", 1).Refusal);
    }

    [Fact]
    public void A_return_line_is_booked_once_and_a_different_quantity_is_refused()
    {
        var ledger = new StockLedger();
        ledger.ReturnToStock("R1#TEA", 2);
        ledger.ReturnDamaged("R1#TEA", 1);

        Assert.Equal(StockOutcome.AlreadyApplied, ledger.ReturnToStock("R1#TEA", 2).Outcome);
        Assert.Equal(StockOutcome.AlreadyApplied, ledger.ReturnDamaged("R1#TEA", 1).Outcome);
        Assert.Equal(StockRefusal.ConflictingReturn, ledger.ReturnToStock("R1#TEA", 3).Refusal);
        Assert.Equal(StockRefusal.InvalidQuantity, ledger.ReturnDamaged("R2#TEA", 0).Refusal);
        Assert.Equal((2, 1), (ledger.OnHand, ledger.Damaged));
    }

    [Fact]
    public void Returned_units_lift_a_cell_off_its_safety_stock_freeze()
    {
        var ledger = new StockLedger();
        ledger.SetStock(2, 2);
        Assert.True(ledger.Frozen);

        ledger.ReturnToStock("R1#TEA", 1);

        Assert.False(ledger.Frozen);
        Assert.Equal(1, ledger.Available);
    }
}
