namespace OrderActors.Domain.Inventory;

public enum StockOutcome
{
    /// <summary>The change was made.</summary>
    Applied = 0,

    /// <summary>The same change was made before (a retry); nothing changed now.</summary>
    AlreadyApplied = 1,

    /// <summary>The change was refused; see <see cref="StockRefusal"/>.</summary>
    Refused = 2,
}
