namespace OrderActors.Domain.Carriers;

/// <summary>
/// Where a parcel is, in one vocabulary for every carrier. The same names and values as the contract's
/// <c>GrainInterfaces.Carriers.ParcelState</c> (the domain does not reference the contracts; a test holds them equal).
/// </summary>
public enum ParcelState
{
    LabelCreated = 0,
    PickedUp = 1,
    InTransit = 2,
    OutForDelivery = 3,
    Delivered = 4,
    Exception = 5,
    Returned = 6,
}
